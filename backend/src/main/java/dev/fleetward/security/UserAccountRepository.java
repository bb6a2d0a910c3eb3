package dev.fleetward.security;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccount> findAllByOrderByUsernameAsc();

	/** Locks the rows, so two requests cannot each remove one of the last two admins. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<UserAccount> findByRole(Role role);

}
