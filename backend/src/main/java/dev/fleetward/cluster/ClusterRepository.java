package dev.fleetward.cluster;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterRepository extends JpaRepository<Cluster, UUID> {

	boolean existsByName(String name);

	List<Cluster> findAllByOrderByNameAsc();

}
