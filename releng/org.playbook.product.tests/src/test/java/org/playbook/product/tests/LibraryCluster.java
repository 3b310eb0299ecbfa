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
final class LibraryCluster implements AutoCloseable {
	static final int README_PORT = 8983;
	private final MiniSolrCloudCluster cluster;

	private LibraryCluster(MiniSolrCloudCluster cluster) {
		this.cluster = cluster;
	}

	static LibraryCluster start(int firstPort) throws Exception {
		Path base = Files.createTempDirectory(Product.OUTPUT.getParent(), "solrcloud");
		System.setProperty("solr.log.dir", base.resolve("logs").toString());
		MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(1, base).withJettyConfig(jetty -> jetty.setPort(firstPort)).build();
		cluster.startJettySolrRunner("node2", "/solr", JettyConfig.builder().setPort(0).build());
		cluster.waitForAllNodes(60);
		return new LibraryCluster(cluster);
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
