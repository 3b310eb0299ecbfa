package org.playbook.tests.gitservers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;

/** Key pairs for tests, and a user's ssh folder holding one, as ssh-keygen writes it. */
public final class TestKeys {
	private TestKeys() {
	}

	/** A new ECDSA P-256 key pair (the JDK makes it; no extra provider needed). */
	public static KeyPair newKeyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	/** Writes the pair as the folder's id_ecdsa (private key, OpenSSH format, no passphrase) and id_ecdsa.pub. */
	public static Path writeIdentity(Path sshFolder, KeyPair pair) throws IOException, GeneralSecurityException {
		Files.createDirectories(sshFolder);
		Path key = sshFolder.resolve("id_ecdsa");
		try (OutputStream out = Files.newOutputStream(key)) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "strategist@agency", null, out);
		}
		try (OutputStream out = Files.newOutputStream(sshFolder.resolve("id_ecdsa.pub"))) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePublicKey(pair, "strategist@agency", out);
		}
		return key;
	}
}
