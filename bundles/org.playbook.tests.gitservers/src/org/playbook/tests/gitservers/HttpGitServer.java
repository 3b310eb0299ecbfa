package org.playbook.tests.gitservers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.security.Credential;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.http.server.GitServlet;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A git server over smart HTTP on loopback, as an agency's git host is: JGit's own servlet
 * on Jetty, every request behind basic authentication for one user. Pushes are taken from
 * that user only (JGit's servlet serves receive-pack to authenticated users).
 */
public final class HttpGitServer implements AutoCloseable {
	private static final String ROLE = "agency";

	private final Server server;
	private final Path repositories;

	private HttpGitServer(Server server, Path repositories) {
		this.server = server;
		this.repositories = repositories;
	}

	/** Starts a server on a free loopback port for the bare repositories under the folder. */
	public static HttpGitServer start(Path repositories, String user, String password) throws Exception {
		Server server = new Server();
		ServerConnector connector = new ServerConnector(server);
		connector.setHost("127.0.0.1");
		connector.setPort(0);
		server.addConnector(connector);

		ServletContextHandler context = new ServletContextHandler("/");
		GitServlet git = new GitServlet();
		git.setRepositoryResolver((request, name) -> open(repositories, name));
		context.addServlet(new ServletHolder(git), "/git/*");

		UserStore users = new UserStore();
		users.addUser(user, Credential.getCredential(password), new String[] { ROLE });
		HashLoginService login = new HashLoginService("Agency git");
		login.setUserStore(users);
		ConstraintMapping everything = new ConstraintMapping();
		everything.setPathSpec("/*");
		everything.setConstraint(Constraint.from(ROLE));
		ConstraintSecurityHandler security = new ConstraintSecurityHandler();
		security.setLoginService(login);
		security.setAuthenticator(new BasicAuthenticator());
		security.addConstraintMapping(everything);
		context.setSecurityHandler(security);

		server.setHandler(context);
		server.start();
		return new HttpGitServer(server, repositories);
	}

	/** A new bare repository on the server, as an agency's IT person creates one. */
	public String create(String name) throws IOException {
		Repositories.createBare(repositories.resolve(name));
		return url(name);
	}

	/** The https-like address of a repository on this server (plain http on loopback). */
	public String url(String name) {
		return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/git/" + name;
	}

	/** The server's copy of a repository, to check what was pushed. */
	public Repository repository(String name) throws IOException {
		return new FileRepositoryBuilder().setGitDir(repositories.resolve(name).toFile()).setMustExist(true).build();
	}

	private static Repository open(Path repositories, String name) throws RepositoryNotFoundException {
		Path folder = repositories.resolve(name).normalize();
		if (!folder.startsWith(repositories) || !Files.isDirectory(folder)) {
			throw new RepositoryNotFoundException(name);
		}
		try {
			return new FileRepositoryBuilder().setGitDir(folder.toFile()).setMustExist(true).build();
		} catch (IOException e) {
			throw new RepositoryNotFoundException(name, e);
		}
	}

	@Override
	public void close() throws Exception {
		server.stop();
	}
}
