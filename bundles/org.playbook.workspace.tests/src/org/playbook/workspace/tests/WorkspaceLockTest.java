package org.playbook.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.workspace.WorkspaceLock;

/** Writers of one workspace take turns; one that waits too long is told who holds it. (Across processes: the product's fault suite.) */
public class WorkspaceLockTest {
	@TempDir
	Path workspace;
	/** A thread each: the common pool may have one, and the second writer would then never start while the first waits. */
	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	public void stopThreads() {
		threads.shutdownNow();
	}

	@Test
	public void aSecondWriterWaitsForTheFirst() throws Exception {
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
			try (WorkspaceLock.Held lock = WorkspaceLock.acquire(workspace, "first writer")) {
				held.countDown();
				release.await(10, TimeUnit.SECONDS);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}, threads);
		held.await(10, TimeUnit.SECONDS);
		CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> {
			long start = System.nanoTime();
			try (WorkspaceLock.Held lock = WorkspaceLock.acquire(workspace, "second writer", Duration.ofSeconds(10))) {
				return System.nanoTime() - start;
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}, threads);
		Thread.sleep(300);
		assertTrue(!second.isDone(), "the second writer waits while the first holds the workspace");
		release.countDown();
		first.get(10, TimeUnit.SECONDS);
		assertTrue(second.get(10, TimeUnit.SECONDS) >= TimeUnit.MILLISECONDS.toNanos(250));
	}

	@Test
	public void aWriterThatWaitsTooLongIsToldWhoHoldsTheWorkspace() throws Exception {
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
			try (WorkspaceLock.Held lock = WorkspaceLock.acquire(workspace, "playbook actuals")) {
				held.countDown();
				release.await(10, TimeUnit.SECONDS);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}, threads);
		held.await(10, TimeUnit.SECONDS);
		Exception[] thrown = new Exception[1];
		Thread second = new Thread(() -> {
			try {
				WorkspaceLock.acquire(workspace, "second", Duration.ofMillis(200)).close();
			} catch (Exception e) {
				thrown[0] = e;
			}
		});
		second.start();
		second.join(10_000);
		WorkspaceLock.LockedException refused = assertInstanceOf(WorkspaceLock.LockedException.class, thrown[0]);
		assertTrue(refused.getMessage().contains("playbook actuals"), refused.getMessage());
		assertTrue(refused.getMessage().contains("Nothing was changed"), refused.getMessage());
		release.countDown();
		first.get(10, TimeUnit.SECONDS);
	}

	@Test
	public void theHolderMayLockAgain() throws Exception {
		try (WorkspaceLock.Held outer = WorkspaceLock.acquire(workspace, "outer");
				WorkspaceLock.Held inner = WorkspaceLock.acquire(workspace, "inner", Duration.ZERO)) {
			assertEquals(workspace.toAbsolutePath(), WorkspaceLock.workspaceOf(workspace.resolve("client/plan.playbook")));
		}
		WorkspaceLock.acquire(workspace, "again", Duration.ZERO).close();
	}
}
