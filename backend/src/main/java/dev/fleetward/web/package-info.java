/**
 * Web plumbing shared by every feature: RFC 7807 problems and the single-page app routes.
 */
package dev.fleetward.web;
