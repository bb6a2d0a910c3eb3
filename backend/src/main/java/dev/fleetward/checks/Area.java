package dev.fleetward.checks;

/** The four areas of the catalog, after the production requirements they serve. */
public enum Area {

	HA("High availability"), NETWORKING("Networking"), STORAGE("Storage"), SECURITY("Security");

	private final String title;

	Area(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

}
