package dev.fleetward.simulator.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObjectGenerator;

/**
 * A cluster's own certificate authority and the serving certificate it signs, as kubeadm
 * creates them: clients trust the CA from the kubeconfig's
 * {@code certificate-authority-data}, and the serving certificate names localhost and
 * 127.0.0.1, so hostname verification passes in client-java and kubectl alike.
 *
 * @param caPem the CA certificate, PEM
 * @param serverCertPem the serving certificate followed by the CA, PEM
 * @param serverKeyPem the serving key, PKCS#8 PEM
 */
public record ClusterCertificates(String caPem, String serverCertPem, String serverKeyPem) {

	private static final SecureRandom RANDOM = new SecureRandom();

	public static ClusterCertificates create(String clusterName) {
		try {
			KeyPair caKeys = keyPair();
			X500Name caName = new X500Name("CN=fleetward-simulator-ca-" + clusterName.replaceAll("[^A-Za-z0-9-]", ""));
			Instant now = Instant.now().minus(Duration.ofHours(1));
			Date until = Date.from(now.plus(Duration.ofDays(3650)));
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(caName, serial(), Date.from(now), until,
					caName, caKeys.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
				.addExtension(Extension.keyUsage, true,
						new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature))
				.addExtension(Extension.subjectKeyIdentifier, false,
						extensions.createSubjectKeyIdentifier(caKeys.getPublic()));
			X509Certificate caCert = sign(ca, caKeys);

			KeyPair serverKeys = keyPair();
			GeneralNames names = new GeneralNames(new GeneralName[] { new GeneralName(GeneralName.dNSName, "localhost"),
					new GeneralName(GeneralName.dNSName, "kubernetes.default.svc"),
					new GeneralName(GeneralName.iPAddress, "127.0.0.1") });
			X509v3CertificateBuilder server = new JcaX509v3CertificateBuilder(caCert, serial(), Date.from(now), until,
					new X500Name("CN=kube-apiserver"), serverKeys.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
				.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
				.addExtension(Extension.subjectAlternativeName, false, names)
				.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(caCert));
			X509Certificate serverCert = sign(server, caKeys);
			String caPem = pem(caCert);
			return new ClusterCertificates(caPem, pem(serverCert) + caPem,
					pem(new JcaPKCS8Generator(serverKeys.getPrivate(), null)));
		}
		catch (GeneralSecurityException | OperatorCreationException | IOException ex) {
			throw new IllegalStateException("cannot create the certificates of cluster " + clusterName, ex);
		}
	}

	private static KeyPair keyPair() throws GeneralSecurityException {
		// P-256 keys are generated in milliseconds, RSA keys take far longer on 2 cores.
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
		return generator.generateKeyPair();
	}

	private static BigInteger serial() {
		return new BigInteger(64, RANDOM).abs().add(BigInteger.ONE);
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuer)
			throws OperatorCreationException, GeneralSecurityException {
		return new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
	}

	private static String pem(Object object) {
		StringWriter out = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
			if (object instanceof PemObjectGenerator generator) {
				writer.writeObject(generator);
			}
			else {
				writer.writeObject(object);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
