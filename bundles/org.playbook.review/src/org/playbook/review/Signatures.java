package org.playbook.review;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pack's secret and the signature over a decisions file: HMAC-SHA-256, the same the pack's
 * page computes with the browser's Web Crypto, over the exact text of the decisions.
 */
final class Signatures {
	private static final String HMAC = "HmacSHA256";
	private static final SecureRandom RANDOM = new SecureRandom();

	private Signatures() {
	}

	/** A new secret of 32 random bytes, as hex. */
	static String newSecret() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return HexFormat.of().formatHex(secret);
	}

	/** The HMAC of the text's UTF-8 bytes under the hex secret, as lower-case hex. */
	static String sign(String secret, String text) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(HexFormat.of().parseHex(secret), HMAC));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("every Java runtime has " + HMAC, e);
		}
	}

	/** Whether the signature is the text's, compared in constant time so a forger learns nothing from how long it took. */
	static boolean verify(String secret, String text, String signature) {
		byte[] expected = sign(secret, text).getBytes(StandardCharsets.US_ASCII);
		byte[] given = signature == null ? new byte[0] : signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given);
	}

	/** A short digest of a text: what an entry said when it was sent, or which file was imported. */
	static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
