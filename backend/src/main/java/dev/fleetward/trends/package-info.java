/**
 * Trends: a severity-weighted score per cluster and area after every scan, and daily
 * rollups of the findings per cluster, area and severity that charts read (never the live
 * findings table).
 */
package dev.fleetward.trends;
