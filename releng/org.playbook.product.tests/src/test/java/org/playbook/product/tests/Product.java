package org.playbook.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The built product as a new user meets it: a folder to type commands in, holding the
 * launcher (a link to ./playbook) and the repository's docs/ (which the examples name), and a
 * home folder of its own, so ~/playbook-workspace starts out missing. Command lines are run
 * by bash exactly as written.
 */
final class Product {
	static final Path ROOT = Path.of(System.getProperty("playbook.root", "../..")).toAbsolutePath().normalize();
	static final Path OUTPUT = Path.of(System.getProperty("playbook.test.output", "target/test-output")).toAbsolutePath();
	private static final Path PRODUCT = ROOT.resolve("releng/org.playbook.product/target/products/org.playbook.product/linux/gtk/x86_64");
	private static final long COMMAND_SECONDS = 180, WINDOW_SECONDS = 150;
	private static final Pattern XVFB_DISPLAY = Pattern.compile("^(:\\d+)$");
	/** A window named "Playbook", with or without the one space SWT's GTK port adds. */
	private static final Pattern WINDOW_NAME = Pattern.compile("\"Playbook ?\"");
	private static final long SCREEN_POLL_MILLIS = 700, SCREEN_SECONDS = 30;

	/** What a command printed (standard output and error, interleaved) and its exit code. */
	record Run(String line, int exitCode, String output) {
		List<String> lines() {
			return output.lines().toList();
		}

		@Override
		public String toString() {
			return line + "\n  exit code " + exitCode + ", printed:\n" + output.indent(4);
		}
	}

	final Path here;
	final Path home;

	private Product(Path here, Path home) {
		this.here = here;
		this.home = home;
	}

	/** A fresh folder to type in and a fresh home folder, under the module's target folder. */
	static Product fresh(String name) throws IOException {
		assertTrue(Files.isDirectory(PRODUCT.resolve("plugins")), "the product is built by the reactor before these tests: " + PRODUCT);
		Path base = ROOT.resolve("releng/org.playbook.product.tests/target/users").resolve(name);
		deleteTree(base);
		Path here = Files.createDirectories(base.resolve("typed-here"));
		Path home = Files.createDirectories(base.resolve("home"));
		Files.createSymbolicLink(here.resolve("playbook"), ROOT.resolve("playbook"));
		Files.createSymbolicLink(here.resolve("docs"), ROOT.resolve("docs"));
		return new Product(here, home);
	}

	/** Runs a command line that ends by itself, in the folder it is typed in. */
	Run run(String line) {
		return run(line, here);
	}

	Run run(String line, Path folder) {
		try {
			Process process = start(line, folder, true);
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
				kill(process);
				fail("still running after " + COMMAND_SECONDS + " s: " + line);
			}
			return new Run(line, process.exitValue(), new String(output, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new AssertionError("cannot run " + line, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/**
	 * Starts a command line that opens the workbench, waits for its window titled "Playbook"
	 * (on this display, or on the virtual one the line starts itself with xvfb-run), saves a
	 * screenshot, and ends it.
	 * @return the Java process's command line, for checking what reached it
	 */
	List<String> startWorkbench(String line, String screenshot) throws IOException, InterruptedException {
		Process process = start(line, here, false);
		Path log = OUTPUT.resolve(safeName(line) + ".log");
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WINDOW_SECONDS);
			while (System.nanoTime() < deadline) {
				Optional<Display> display = displayOf(process, line);
				if (display.isPresent() && hasPlaybookWindow(display.get())) {
					Files.createDirectories(OUTPUT);
					screenshotWhenStill(display.get(), OUTPUT.resolve(screenshot + ".png"), System.nanoTime() + TimeUnit.SECONDS.toNanos(SCREEN_SECONDS));
					return javaArguments(process);
				}
				if (!process.isAlive()) {
					fail(line + " ended with exit code " + process.exitValue() + " before its window opened:\n" + Files.readString(log));
				}
				Thread.sleep(500);
			}
			fail(line + " opened no window titled Playbook within " + WINDOW_SECONDS + " s:\n" + Files.readString(log));
			return List.of();
		} finally {
			kill(process);
		}
	}

	/** Starts the launcher with these arguments (no shell), its output going to the file. */
	Process launch(Path output, String... arguments) throws IOException {
		List<String> command = new java.util.ArrayList<>(List.of(here.resolve("playbook").toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(here.toFile()).redirectErrorStream(true)
				.redirectOutput(output.toFile());
		builder.environment().put("HOME", home.toString());
		builder.environment().keySet().removeIf(name -> name.startsWith("XDG_"));
		return builder.start();
	}

	/** Records a figure of the fault suite, for RELIABILITY.md. */
	static void report(String line) {
		System.out.println("reliability: " + line);
		try {
			Files.createDirectories(OUTPUT);
			Files.writeString(OUTPUT.resolve("reliability.txt"), line + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private Process start(String line, Path folder, boolean captured) throws IOException {
		ProcessBuilder builder = new ProcessBuilder("bash", "-c", line).directory(folder.toFile());
		Map<String, String> environment = builder.environment();
		environment.put("HOME", home.toString());
		environment.keySet().removeIf(name -> name.startsWith("XDG_"));
		if (captured) {
			builder.redirectErrorStream(true);
		} else {
			Files.createDirectories(OUTPUT);
			builder.redirectErrorStream(true).redirectOutput(OUTPUT.resolve(safeName(line) + ".log").toFile());
		}
		return builder.start();
	}

	/** An X display and the authority file that lets a client in (null: the environment's). */
	private record Display(String name, String authority) {
		ProcessBuilder client(String... command) {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().put("DISPLAY", name);
			if (authority != null) {
				builder.environment().put("XAUTHORITY", authority);
			}
			return builder;
		}
	}

	/** The display the line's window goes to: the virtual one it starts itself (xvfb-run), else this one. */
	private static Optional<Display> displayOf(Process process, String line) {
		if (!line.contains("xvfb-run")) {
			return Optional.ofNullable(System.getenv("DISPLAY")).map(name -> new Display(name, null));
		}
		return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("Xvfb")).orElse(false)).findFirst()
				.flatMap(xvfb -> xvfb.info().arguments()).map(List::of).flatMap(arguments -> {
					String name = arguments.stream().filter(a -> XVFB_DISPLAY.matcher(a).matches()).findFirst().orElse(null);
					int auth = arguments.indexOf("-auth");
					return name == null ? Optional.empty() : Optional.of(new Display(name, auth >= 0 && auth + 1 < arguments.size() ? arguments.get(auth + 1) : null));
				});
	}

	/**
	 * Whether a top-level window is named "Playbook" as SWT reports it: on GTK, SWT pads every
	 * title it hands the window manager with one space (its documented workaround for old
	 * window managers), so the name X lists may be "Playbook " while {@code Shell.getText()}
	 * is "Playbook". Anything else ("Playbook - x", "Playbook  ") is not the workbench window.
	 */
	static boolean hasPlaybookWindow(String windowTree) {
		return WINDOW_NAME.matcher(windowTree).find();
	}

	private static boolean hasPlaybookWindow(Display display) throws IOException, InterruptedException {
		return hasPlaybookWindow(windowNames(display));
	}

	/**
	 * Saves a screenshot once the screen has stopped changing (two pictures in a row alike: the
	 * views have filled in), or the last one taken when the deadline comes first; the picture
	 * is test output, not an assertion, so a busy machine only gets a less settled picture.
	 */
	private static void screenshotWhenStill(Display display, Path file, long deadline) throws IOException, InterruptedException {
		byte[] previous = null;
		Path next = file.resolveSibling(file.getFileName() + ".next.png");
		while (true) {
			display.client("import", "-window", "root", "-strip", "-define", "png:exclude-chunks=date,time", next.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
					.waitFor(30, TimeUnit.SECONDS);
			byte[] taken = Files.exists(next) ? Files.readAllBytes(next) : null;
			boolean still = taken != null && previous != null && java.util.Arrays.equals(previous, taken);
			if (taken != null) {
				Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			if (still || System.nanoTime() > deadline) {
				return;
			}
			previous = taken;
			Thread.sleep(SCREEN_POLL_MILLIS);
		}
	}

	/** The names of the display's windows, each in quotes, as xwininfo lists them. */
	private static String windowNames(Display display) throws IOException, InterruptedException {
		Process xwininfo = display.client("xwininfo", "-root", "-tree").start();
		String tree = new String(xwininfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		xwininfo.waitFor(10, TimeUnit.SECONDS);
		return tree;
	}

	private static List<String> javaArguments(Process process) {
		return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst()
				.or(() -> Optional.of(process.toHandle())).flatMap(p -> p.info().arguments()).map(List::of).orElse(List.of());
	}

	private static void kill(Process process) throws InterruptedException {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	static String safeName(String line) {
		String name = line.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-|-$", "");
		return name.length() > 80 ? name.substring(0, 80) : name;
	}

	static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				path.toFile().setWritable(true);
				Files.delete(path);
			}
		}
	}
}
