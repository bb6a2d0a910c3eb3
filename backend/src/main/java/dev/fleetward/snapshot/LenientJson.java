package dev.fleetward.snapshot;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;

import com.google.gson.Gson;
import io.kubernetes.client.openapi.JSON;

/**
 * A Gson for the client-java models that ignores unknown and missing fields. client-java
 * 27's default Gson rejects them, so a server newer than the client (or a manifest with
 * an extra field) would break every read. This is a private instance: the global
 * {@code JSON.setGson} is left alone.
 */
public final class LenientJson {

	private static final Gson GSON = JSON.createGson()
		.registerTypeAdapter(Date.class, new JSON.DateTypeAdapter())
		.registerTypeAdapter(java.sql.Date.class, new JSON.SqlDateTypeAdapter())
		.registerTypeAdapter(OffsetDateTime.class, new JSON.OffsetDateTimeTypeAdapter())
		.registerTypeAdapter(LocalDate.class, new JSON.LocalDateTypeAdapter())
		.registerTypeAdapter(byte[].class, new JSON.ByteArrayAdapter())
		.create();

	private LenientJson() {
	}

	public static Gson gson() {
		return GSON;
	}

}
