package dev.fleetward.findings;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExemptionRepository extends JpaRepository<Exemption, Long> {

	List<Exemption> findAllByOrderByIdDesc();

	/** Those whose cluster pattern covers at least one cluster of these teams. */
	@Query(nativeQuery = true, value = """
			SELECT e.* FROM exemption e WHERE EXISTS (SELECT 1 FROM cluster c WHERE c.team IN (:teams)
			    AND (c.name LIKE e.cluster_like OR c.id::text LIKE e.cluster_like))
			ORDER BY e.id DESC""")
	List<Exemption> coveringTeams(Collection<String> teams);

}
