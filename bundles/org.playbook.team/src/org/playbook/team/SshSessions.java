package org.playbook.team;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.sshd.client.config.hosts.KnownHostHashValue;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;

/**
 * JGit's ssh transport on Apache MINA sshd, reading the keys, known hosts and config of one
 * ssh folder. One factory per folder for the product's life (its client threads are
 * shared). A host key the known hosts do not vouch for, and nobody accepted, is remembered
 * so the refusal can say which key it was and the line that would admit it.
 */
final class SshSessions {
	private static final Map<Path, RecordingFactory> FACTORIES = new ConcurrentHashMap<>();

	private final Path sshDirectory;

	SshSessions(Path sshDirectory) {
		this.sshDirectory = sshDirectory.toAbsolutePath().normalize();
	}

	SshSessionFactory factory() {
		return FACTORIES.computeIfAbsent(sshDirectory, RecordingFactory::new);
	}

	/** The last host key refused through this folder, as one sentence to show; null if none. */
	String takeRefusal() {
		RecordingFactory factory = FACTORIES.get(sshDirectory);
		return factory == null ? null : factory.refusal.getAndSet(null);
	}

	private static final class RecordingFactory extends SshdSessionFactory {
		final AtomicReference<String> refusal = new AtomicReference<>();
		private final Path folder;

		RecordingFactory(Path folder) {
			super(null, null);
			this.folder = folder;
			setSshDirectory(folder.toFile());
			File parent = folder.getParent() == null ? null : folder.getParent().toFile();
			if (parent != null) {
				setHomeDirectory(parent);
			}
		}

		@Override
		protected ServerKeyDatabase getServerKeyDatabase(File homeDir, File sshDir) {
			ServerKeyDatabase known = super.getServerKeyDatabase(homeDir, sshDir);
			return new ServerKeyDatabase() {
				@Override
				public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
					return known.lookup(connectAddress, remoteAddress, config);
				}

				@Override
				public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey, Configuration config,
						CredentialsProvider provider) {
					if (known.accept(connectAddress, remoteAddress, serverKey, config, provider)) {
						return true;
					}
					boolean changed = !known.lookup(connectAddress, remoteAddress, config).isEmpty();
					refusal.set(describe(remoteAddress, serverKey, changed));
					return false;
				}
			};
		}

		private String describe(InetSocketAddress address, PublicKey key, boolean changed) {
			String server = address.getHostString() + ":" + address.getPort();
			Path knownHosts = folder.resolve("known_hosts");
			if (changed) {
				return "The server " + server + " shows another host key than the one " + knownHosts
						+ " holds for it: someone may be in between. Ask whoever runs the server; nothing was changed here.";
			}
			try {
				StringBuilder line = KnownHostHashValue.appendHostPattern(new StringBuilder(), address.getHostString(), address.getPort());
				PublicKeyEntry.appendPublicKeyEntry(line.append(' '), key);
				return "The server " + server + " is not a known host, so its key was refused. If it is the agency's server, add this line to "
						+ knownHosts + " and sync again: " + line + " (Nothing was changed here.)";
			} catch (IOException e) {
				return "The server " + server + " is not a known host, so its " + key.getAlgorithm() + " key was refused. Nothing was changed here.";
			}
		}
	}
}
