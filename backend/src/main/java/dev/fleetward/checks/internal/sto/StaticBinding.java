package dev.fleetward.checks.internal.sto;

import java.util.List;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ObjectReference;
import io.kubernetes.client.openapi.models.V1PersistentVolume;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;

/**
 * Whether a pre-created volume without a class could bind a claim without a class: the
 * binder's rules (same empty class, volume mode, access modes, enough capacity, not
 * reserved for another claim). Label selectors on the claim are not considered.
 */
final class StaticBinding {

	private StaticBinding() {
	}

	static boolean fits(V1PersistentVolume pv, V1PersistentVolumeClaim pvc) {
		if (pv.getSpec() == null || pvc.getSpec() == null) {
			return false;
		}
		String pvClass = pv.getSpec().getStorageClassName();
		String phase = (pv.getStatus() != null) ? pv.getStatus().getPhase() : null;
		if ((pvClass != null && !pvClass.isEmpty()) || (phase != null && !"Available".equals(phase))) {
			return false;
		}
		V1ObjectReference claimRef = pv.getSpec().getClaimRef();
		if (claimRef != null && !(pvc.getMetadata().getName().equals(claimRef.getName())
				&& String.valueOf(pvc.getMetadata().getNamespace()).equals(claimRef.getNamespace()))) {
			return false;
		}
		String pvMode = (pv.getSpec().getVolumeMode() != null) ? pv.getSpec().getVolumeMode() : "Filesystem";
		String pvcMode = (pvc.getSpec().getVolumeMode() != null) ? pvc.getSpec().getVolumeMode() : "Filesystem";
		List<String> pvModes = (pv.getSpec().getAccessModes() != null) ? pv.getSpec().getAccessModes() : List.of();
		List<String> wanted = (pvc.getSpec().getAccessModes() != null) ? pvc.getSpec().getAccessModes() : List.of();
		return pvMode.equals(pvcMode) && pvModes.containsAll(wanted) && enoughCapacity(pv, pvc);
	}

	private static boolean enoughCapacity(V1PersistentVolume pv, V1PersistentVolumeClaim pvc) {
		Quantity capacity = (pv.getSpec().getCapacity() != null) ? pv.getSpec().getCapacity().get("storage") : null;
		Quantity request = (pvc.getSpec().getResources() != null && pvc.getSpec().getResources().getRequests() != null)
				? pvc.getSpec().getResources().getRequests().get("storage") : null;
		if (request == null) {
			return true;
		}
		return capacity != null && capacity.getNumber().compareTo(request.getNumber()) >= 0;
	}

}
