package org.playbook.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol (a WebSocket of the JDK):
 * open a page, click and type as a person would (mouse and key events at an element's place),
 * read a value, take a screenshot, let downloads land in a folder. Small on purpose; what a
 * test needs of a browser and no more.
 */
final class HeadlessChromium implements AutoCloseable {
	private static final Pattern ENDPOINT = Pattern.compile("DevTools listening on (ws://\\S+)");
	private static final long WAIT_SECONDS = 30;

	private final Process process;
	private final Path profile;
	private final WebSocket socket;
	private final Map<Integer, CompletableFuture<JsonObject>> replies = new ConcurrentHashMap<>();
	private final AtomicInteger ids = new AtomicInteger();
	private String session;

	private HeadlessChromium(Process process, Path profile, String endpoint) throws Exception {
		this.process = process;
		this.profile = profile;
		this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(endpoint), new Listener()).get(WAIT_SECONDS,
				TimeUnit.SECONDS);
	}

	/** Chromium started on the page, its downloads going to the folder. */
	static HeadlessChromium open(URI page, Path downloads) throws Exception {
		Path profile = Files.createTempDirectory("playbook-chromium");
		Process process = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--remote-debugging-port=0",
				"--window-size=1000,1400", "--user-data-dir=" + profile, page.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		String endpoint = endpoint(process);
		HeadlessChromium browser = new HeadlessChromium(process, profile, endpoint);
		browser.send("Browser.setDownloadBehavior", object("behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", true));
		JsonObject page1 = null;
		for (JsonElement target : browser.send("Target.getTargets", new JsonObject()).getAsJsonArray("targetInfos")) {
			if (target.getAsJsonObject().get("type").getAsString().equals("page")) {
				page1 = target.getAsJsonObject();
			}
		}
		if (page1 == null) {
			throw new IllegalStateException("Chromium opened no page");
		}
		browser.session = browser.send("Target.attachToTarget", object("targetId", page1.get("targetId").getAsString(), "flatten", true))
				.get("sessionId").getAsString();
		browser.waitFor("document.readyState === 'complete'");
		return browser;
	}

	private static String endpoint(Process process) throws IOException {
		BufferedReader errors = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
		StringBuilder said = new StringBuilder();
		for (String line; (line = errors.readLine()) != null;) {
			Matcher matcher = ENDPOINT.matcher(line);
			if (matcher.find()) {
				Thread drain = new Thread(() -> errors.lines().forEach(l -> { }), "chromium stderr");
				drain.setDaemon(true);
				drain.start();
				return matcher.group(1);
			}
			said.append(line).append('\n');
		}
		throw new IOException("Chromium did not start its DevTools endpoint:\n" + said);
	}

	/** The value of a JavaScript expression on the page (promises awaited). */
	JsonElement evaluate(String expression) throws Exception {
		JsonObject result = send("Runtime.evaluate", object("expression", expression, "returnByValue", true, "awaitPromise", true));
		if (result.has("exceptionDetails")) {
			throw new IllegalStateException("the page threw: " + result.get("exceptionDetails"));
		}
		JsonObject value = result.getAsJsonObject("result");
		return value.has("value") ? value.get("value") : null;
	}

	/** Waits until the expression is true on the page. */
	void waitFor(String condition) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
		while (System.nanoTime() < deadline) {
			JsonElement value = evaluate("!!(" + condition + ")");
			if (value != null && value.getAsBoolean()) {
				return;
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("the page never came to " + condition);
	}

	/** A left click in the middle of the element, scrolled into view first. */
	void click(String selector) throws Exception {
		JsonObject box = evaluate("(() => { const e = document.querySelector(" + quote(selector) + "); e.scrollIntoView({block: 'center'});"
				+ " const r = e.getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()").getAsJsonObject();
		double x = box.get("x").getAsDouble(), y = box.get("y").getAsDouble();
		send("Input.dispatchMouseEvent", object("type", "mouseMoved", "x", x, "y", y));
		send("Input.dispatchMouseEvent", object("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
		send("Input.dispatchMouseEvent", object("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
	}

	/** Clicks into the field and types the text. */
	void type(String selector, String text) throws Exception {
		click(selector);
		send("Input.insertText", object("text", text));
	}

	/** The whole page as PNG. */
	byte[] screenshot() throws Exception {
		return Base64.getDecoder()
				.decode(send("Page.captureScreenshot", object("format", "png", "captureBeyondViewport", true)).get("data").getAsString());
	}

	/** The file that lands in the folder (a finished download), waited for. */
	static Path downloaded(Path folder) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
		while (System.nanoTime() < deadline) {
			try (Stream<Path> files = Files.list(folder)) {
				List<Path> done = files.filter(f -> !f.getFileName().toString().endsWith(".crdownload")).toList();
				if (!done.isEmpty()) {
					return done.get(0);
				}
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("nothing was downloaded to " + folder);
	}

	private JsonObject send(String method, JsonObject params) throws Exception {
		int id = ids.incrementAndGet();
		JsonObject message = object("id", id, "method", method);
		message.add("params", params);
		if (session != null && !method.startsWith("Browser.") && !method.startsWith("Target.")) {
			message.addProperty("sessionId", session);
		}
		CompletableFuture<JsonObject> reply = new CompletableFuture<>();
		replies.put(id, reply);
		socket.sendText(message.toString(), true).get(WAIT_SECONDS, TimeUnit.SECONDS);
		JsonObject answer = reply.get(WAIT_SECONDS, TimeUnit.SECONDS);
		if (answer.has("error")) {
			throw new IllegalStateException(method + ": " + answer.get("error"));
		}
		return answer.getAsJsonObject("result");
	}

	private static JsonObject object(Object... keysAndValues) {
		JsonObject object = new JsonObject();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			String key = (String) keysAndValues[i];
			Object value = keysAndValues[i + 1];
			if (value instanceof Number number) {
				object.addProperty(key, number);
			} else if (value instanceof Boolean bool) {
				object.addProperty(key, bool);
			} else {
				object.addProperty(key, String.valueOf(value));
			}
		}
		return object;
	}

	private static String quote(String text) {
		return new com.google.gson.JsonPrimitive(text).toString();
	}

	@Override
	public void close() throws Exception {
		try {
			send("Browser.close", new JsonObject());
		} catch (Exception e) {
			// it may close before it answers
		}
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
	}

	/** Collects a message's frames and hands each reply to its waiting command; events are not needed. */
	private final class Listener implements WebSocket.Listener {
		private final StringBuilder frames = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			frames.append(data);
			if (last) {
				JsonObject message = JsonParser.parseString(frames.toString()).getAsJsonObject();
				frames.setLength(0);
				if (message.has("id")) {
					CompletableFuture<JsonObject> reply = replies.remove(message.get("id").getAsInt());
					if (reply != null) {
						reply.complete(message);
					}
				}
			}
			webSocket.request(1);
			return null;
		}
	}
}
