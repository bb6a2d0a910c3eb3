package dev.fleetward.findings;

import java.io.OutputStream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Findings as one JSON array of the objects the list returns, written element by element.
 */
class JsonFindingWriter implements FindingWriter {

	private final JsonGenerator json;

	JsonFindingWriter(JsonMapper mapper, OutputStream out) {
		this.json = mapper.createGenerator(out);
		this.json.writeStartArray();
	}

	@Override
	public void write(FindingView finding) {
		this.json.writePOJO(finding);
	}

	@Override
	public void close() {
		this.json.writeEndArray();
		this.json.close();
	}

}
