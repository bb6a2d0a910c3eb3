package dev.fleetward.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.fleetward.web.InvalidInputException;

/**
 * Refuses webhook URLs that would make Fleetward call itself or the cloud's metadata
 * service (server-side request forgery), unless an admin allowed private targets.
 */
@Component
class TargetPolicy {

	/**
	 * Metadata endpoints outside the link-local range: AWS over IPv6 and Alibaba Cloud.
	 * 169.254.169.254 (AWS, GCP, Azure) is link-local already.
	 */
	private static final Set<String> METADATA = Set.of("fd00:ec2:0:0:0:0:0:254", "100.100.100.200");

	private final boolean allowPrivate;

	TargetPolicy(WebhookProperties properties) {
		this.allowPrivate = properties.allowPrivateTargets();
	}

	/** The URL as given, or an {@link InvalidInputException} naming {@code url}. */
	URI check(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new InvalidInputException("url", "is not a valid URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
			throw new InvalidInputException("url", "must be an absolute http or https URL");
		}
		if (uri.getUserInfo() != null) {
			throw new InvalidInputException("url", "must not carry credentials; the signature authenticates us");
		}
		if (this.allowPrivate) {
			return uri;
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException ex) {
			throw new InvalidInputException("url", "host " + uri.getHost() + " does not resolve");
		}
		for (InetAddress address : addresses) {
			if (isPrivate(address)) {
				throw new InvalidInputException("url", "resolves to " + address.getHostAddress()
						+ ", a loopback, link-local or cloud-metadata address");
			}
		}
		return uri;
	}

	static boolean isPrivate(InetAddress address) {
		return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
				|| METADATA.contains(address.getHostAddress());
	}

}
