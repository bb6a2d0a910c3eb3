package dev.fleetward.collect.internal;

import java.util.List;

/** One page of a list: its items and the token for the next page (null at the end). */
record ListPage(List<Object> items, String continueToken) {
}
