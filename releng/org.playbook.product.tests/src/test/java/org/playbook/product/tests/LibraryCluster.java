package org.playbook.product.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud on loopback for the shared library's tests: Solr's own test cluster
 * (solr-test-framework's MiniSolrCloudCluster: an embedded ZooKeeper and Jetty nodes running
 * Solr 9.10.1), its first node on the port the README names, the second on a free one.
 */
public final class LibraryCluster implements AutoCloseable {
	static final int README_PORT = 8983;
	private final MiniSolrCloudCluster cluster;

	private LibraryCluster(MiniSolrCloudCluster cluster) {
		this.cluster = cluster;
	}

	static LibraryCluster start(int firstPort) throws Exception {
		Path target = Product.OUTPUT.getParent();
		Files.createDirectories(target);
		Path base = Files.createTempDirectory(target, "solrcloud");
		System.setProperty("solr.log.dir", base.resolve("logs").toString());
		MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(1, base).withJettyConfig(jetty -> jetty.setPort(firstPort)).build();
		cluster.startJettySolrRunner("node2", "/solr", JettyConfig.builder().setPort(0).build());
		cluster.waitForAllNodes(60);
		return new LibraryCluster(cluster);
	}

	/**
	 * A cluster for the benchmarks (releng/org.playbook.benchmarks/solrcloud.sh): two nodes, the
	 * first on the port given (default the README's), up until the process is ended.
	 */
	public static void main(String[] args) throws Exception {
		LibraryCluster cluster = start(args.length > 0 ? Integer.parseInt(args[0]) : README_PORT);
		System.out.println("SolrCloud up: " + cluster.url(0) + " " + cluster.url(1));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				cluster.close();
			} catch (Exception e) {
				e.printStackTrace();
			}
		}));
		Thread.currentThread().join();
	}

	/** The base URL of a node, as --server takes it. */
	String url(int node) {
		return cluster.getJettySolrRunner(node).getBaseUrl().toString().replace("127.0.0.1", "localhost");
	}

	List<JettySolrRunner> nodes() {
		return cluster.getJettySolrRunners();
	}

	/** Stops a node as a crash would leave its replicas: down, the others serving. */
	JettySolrRunner stop(int node) throws Exception {
		JettySolrRunner stopped = cluster.stopJettySolrRunner(node);
		cluster.waitForJettyToStop(stopped);
		return stopped;
	}

	void restart(JettySolrRunner node) throws Exception {
		cluster.startJettySolrRunner(node, true);
		cluster.waitForNode(node, 60);
	}

	void waitForCollection(String collection, int shards, int replicas) {
		cluster.waitForActiveCollection(collection, 60, java.util.concurrent.TimeUnit.SECONDS, shards, shards * replicas);
	}

	@Override
	public void close() throws Exception {
		cluster.shutdown();
	}
}
