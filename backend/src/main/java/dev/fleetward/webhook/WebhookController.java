package dev.fleetward.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.fleetward.checks.Area;
import dev.fleetward.checks.Severity;
import dev.fleetward.web.InvalidInputException;
import dev.fleetward.web.NotFoundException;

/**
 * Webhook subscriptions and their delivery log. Fleet-wide admins only: a subscription
 * sends finding details of every cluster to a URL of the admin's choosing, so an admin
 * token narrowed to some teams may not make one. The secret is write-only.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@PreAuthorize("hasRole('ADMIN') and @callerVisibility.fleetWide()")
class WebhookController {

	private final Subscriptions subscriptions;

	private final DeliveryLog log;

	private final TargetPolicy targets;

	WebhookController(Subscriptions subscriptions, DeliveryLog log, TargetPolicy targets) {
		this.subscriptions = subscriptions;
		this.log = log;
		this.targets = targets;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	SubscriptionView create(@Valid @RequestBody CreateSubscriptionRequest request, Authentication caller) {
		String url = this.targets.check(request.url().strip()).toString();
		List<String> events = request.events().stream().map(String::strip).distinct().toList();
		for (String event : events) {
			if (EventType.ofWireName(event).isEmpty()) {
				throw new InvalidInputException("events", "'" + event + "' is not one of finding.opened, "
						+ "finding.resolved, finding.reopened, scan.failed, cluster.stale");
			}
		}
		List<String> severities = normalized(request.severities()).stream()
			.map((s) -> s.toLowerCase(Locale.ROOT))
			.toList();
		for (String severity : severities) {
			if (!isEnum(Severity.class, severity)) {
				throw new InvalidInputException("severities", "'" + severity + "' is not a severity");
			}
		}
		List<String> areas = normalized(request.areas()).stream().map((a) -> a.toUpperCase(Locale.ROOT)).toList();
		for (String area : areas) {
			if (!isEnum(Area.class, area)) {
				throw new InvalidInputException("areas", "'" + area + "' is not an area");
			}
		}
		return SubscriptionView.of(this.subscriptions.create(url, events, request.secret(),
				normalized(request.clusters()), severities, areas, caller.getName()));
	}

	@GetMapping
	List<SubscriptionView> list() {
		return this.subscriptions.list().stream().map(SubscriptionView::of).toList();
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		if (!this.subscriptions.delete(id)) {
			throw new NotFoundException("No webhook subscription " + id);
		}
	}

	@GetMapping("/{id}/deliveries")
	List<DeliveryLog.Attempt> deliveries(@PathVariable UUID id) {
		if (this.subscriptions.find(id).isEmpty()) {
			throw new NotFoundException("No webhook subscription " + id);
		}
		return this.log.recent(id, 200);
	}

	private static List<String> normalized(List<String> values) {
		return (values == null) ? List.of()
				: values.stream().filter((v) -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
	}

	private static <E extends Enum<E>> boolean isEnum(Class<E> type, String name) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(name)) {
				return true;
			}
		}
		return false;
	}

	record CreateSubscriptionRequest(@NotBlank @Size(max = 2000) String url,
			@NotEmpty @Size(max = 5) List<@NotBlank String> events,
			@NotBlank @Size(min = 16, max = 256, message = "must be 16 to 256 characters") String secret,
			@Size(max = 100) List<String> clusters, @Size(max = 5) List<String> severities,
			@Size(max = 4) List<String> areas) {
	}

	/** A subscription as the API shows it: never with its secret. */
	record SubscriptionView(UUID id, String url, List<String> events, List<String> clusters, List<String> severities,
			List<String> areas, String createdBy, Instant createdAt) {

		static SubscriptionView of(Subscription s) {
			return new SubscriptionView(s.id(), s.url(), s.events(), s.clusters(), s.severities(), s.areas(),
					s.createdBy(), s.createdAt());
		}

	}

}
