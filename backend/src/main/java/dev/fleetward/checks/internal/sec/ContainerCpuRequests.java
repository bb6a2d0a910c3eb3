package dev.fleetward.checks.internal.sec;

/** Every container has a cpu request in effect. */
public final class ContainerCpuRequests extends ContainerResourceSet {

	public ContainerCpuRequests() {
		super("cpu", false);
	}

	@Override
	public String id() {
		return "sec-container-cpu-requests";
	}

}
