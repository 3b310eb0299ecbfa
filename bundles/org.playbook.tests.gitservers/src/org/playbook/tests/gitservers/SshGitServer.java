package org.playbook.tests.gitservers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;

import org.apache.sshd.client.config.hosts.KnownHostHashValue;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A git server over ssh on loopback, as an agency's git host is: Apache MINA sshd with a
 * host key of its own, one user's public key admitted (no passwords), and git's two
 * commands (upload-pack, receive-pack) answered by JGit on the bare repositories under a
 * folder.
 */
public final class SshGitServer implements AutoCloseable {
	private final SshServer server;
	private final Path repositories;
	private final KeyPair hostKey;

	private SshGitServer(SshServer server, Path repositories, KeyPair hostKey) {
		this.server = server;
		this.repositories = repositories;
		this.hostKey = hostKey;
	}

	/** Starts a server on a free loopback port admitting the one user key. */
	public static SshGitServer start(Path repositories, PublicKey userKey) throws IOException, GeneralSecurityException {
		KeyPair hostKey = TestKeys.newKeyPair();
		SshServer server = SshServer.setUpDefaultServer();
		server.setHost("127.0.0.1");
		server.setPort(0);
		server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
		server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(key, userKey));
		server.setPasswordAuthenticator(null);
		server.setKeyboardInteractiveAuthenticator(null);
		server.setCommandFactory((channel, command) -> new GitCommand(repositories, command));
		server.start();
		return new SshGitServer(server, repositories, hostKey);
	}

	/** A new bare repository on the server. */
	public String create(String name) throws IOException {
		Repositories.createBare(repositories.resolve(name));
		return url(name);
	}

	public String url(String name) {
		return "ssh://git@127.0.0.1:" + server.getPort() + "/" + name;
	}

	/** The line of known_hosts that vouches for this server's host key. */
	public String knownHostsLine() throws IOException {
		StringBuilder line = KnownHostHashValue.appendHostPattern(new StringBuilder(), "127.0.0.1", server.getPort());
		return PublicKeyEntry.appendPublicKeyEntry(line.append(' '), hostKey.getPublic()).toString();
	}

	/** Adds this server to the known hosts of an ssh folder. */
	public void trustIn(Path sshFolder) throws IOException {
		Files.createDirectories(sshFolder);
		Files.writeString(sshFolder.resolve("known_hosts"), knownHostsLine() + "\n", StandardCharsets.UTF_8);
	}

	public Repository repository(String name) throws IOException {
		return new FileRepositoryBuilder().setGitDir(repositories.resolve(name).toFile()).setMustExist(true).build();
	}

	@Override
	public void close() throws IOException {
		server.stop(true);
	}

	/** git-upload-pack 'name' or git-receive-pack 'name', answered by JGit on its own thread. */
	private static final class GitCommand implements Command {
		private final Path repositories;
		private final String line;
		private InputStream in;
		private OutputStream out;
		private OutputStream err;
		private ExitCallback exit;

		GitCommand(Path repositories, String line) {
			this.repositories = repositories;
			this.line = line;
		}

		@Override
		public void start(ChannelSession channel, Environment environment) {
			Thread serving = new Thread(this::serve, "test ssh git: " + line);
			serving.setDaemon(true);
			serving.start();
		}

		private void serve() {
			int status = 0;
			try {
				String[] words = line.split(" ", 2);
				String name = words.length < 2 ? "" : words[1].replace("'", "").replace("\"", "").replaceFirst("^/", "");
				Path folder = repositories.resolve(name).normalize();
				if (!folder.startsWith(repositories) || !Files.isDirectory(folder)) {
					throw new IOException("no repository " + name);
				}
				try (Repository repository = new FileRepositoryBuilder().setGitDir(folder.toFile()).setMustExist(true).build()) {
					switch (words[0]) {
					case "git-upload-pack" -> new UploadPack(repository).upload(in, out, err);
					case "git-receive-pack" -> new ReceivePack(repository).receive(in, out, err);
					default -> throw new IOException("not a git command: " + words[0]);
					}
				}
			} catch (IOException | RuntimeException e) {
				status = 1;
				try {
					err.write((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
					err.flush();
				} catch (IOException ignored) {
					// the channel is gone
				}
			} finally {
				exit.onExit(status);
			}
		}

		@Override
		public void destroy(ChannelSession channel) {
		}

		@Override
		public void setInputStream(InputStream stream) {
			in = stream;
		}

		@Override
		public void setOutputStream(OutputStream stream) {
			out = stream;
		}

		@Override
		public void setErrorStream(OutputStream stream) {
			err = stream;
		}

		@Override
		public void setExitCallback(ExitCallback callback) {
			exit = callback;
		}
	}
}
