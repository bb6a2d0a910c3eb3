package dev.fleetward.cluster;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClusterRepository extends JpaRepository<Cluster, UUID> {

	boolean existsByName(String name);

	List<Cluster> findAllByOrderByNameAsc();

	List<Cluster> findByTeamInOrderByNameAsc(Collection<String> teams);

	@Query("SELECT c.id FROM Cluster c WHERE c.team IN :teams")
	List<UUID> idsOfTeams(Collection<String> teams);

}
