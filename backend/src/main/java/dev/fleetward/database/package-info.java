/**
 * The database Fleetward runs on: an external PostgreSQL when configured, otherwise an
 * embedded one with real PostgreSQL binaries. Flyway owns the schema (db/migration).
 */
package dev.fleetward.database;
