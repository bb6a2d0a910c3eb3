package dev.fleetward.checks.internal.sec;

/** Every container has a memory limit in effect. */
public final class ContainerMemoryLimits extends ContainerResourceSet {

	public ContainerMemoryLimits() {
		super("memory", true);
	}

	@Override
	public String id() {
		return "sec-container-memory-limits";
	}

}
