package dev.fleetward.checks.internal.sec;

/** Every container has a memory request in effect. */
public final class ContainerMemoryRequests extends ContainerResourceSet {

	public ContainerMemoryRequests() {
		super("memory", false);
	}

	@Override
	public String id() {
		return "sec-container-memory-requests";
	}

}
