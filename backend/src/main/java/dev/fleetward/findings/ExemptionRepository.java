package dev.fleetward.findings;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExemptionRepository extends JpaRepository<Exemption, Long> {

	List<Exemption> findAllByOrderByIdDesc();

}
