/**
 * Who may do what: dashboard users (session sign-in with CSRF, throttled), API tokens for
 * integrations (hashed, scoped, expiring, revocable), and the roles VIEWER, OPERATOR and
 * ADMIN.
 */
package dev.fleetward.security;
