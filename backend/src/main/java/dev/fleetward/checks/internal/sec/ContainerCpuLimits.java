package dev.fleetward.checks.internal.sec;

/** Every container has a cpu limit in effect. */
public final class ContainerCpuLimits extends ContainerResourceSet {

	public ContainerCpuLimits() {
		super("cpu", true);
	}

	@Override
	public String id() {
		return "sec-container-cpu-limits";
	}

}
