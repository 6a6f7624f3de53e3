package vn.motcua.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.MessageChannel;
import vn.motcua.shared.RequestLoad;

/**
 * Sends the messages {@link NotificationOutbox} made, through the channels the applicant chose that are configured
 * here, in the order ZNS → SMS → e-mail. Each turn takes a batch with {@code FOR UPDATE SKIP LOCKED} and holds it
 * ({@code claimed_until}) while the gateways answer, outside any transaction; then writes every answer in one
 * transaction. A message's id is the reference the gateways deduplicate on: if MotCua stops after a gateway accepted
 * a message and before the answer was written, the hold runs out, the message is handed again with the same reference
 * and the gateway answers with the same message id, sending nothing twice (e-mail has no such reference: its fixed
 * {@code Message-ID} lets mail programs show one copy).
 * <p>
 * A gateway that cannot be reached is tried again after a pause that doubles (30 s up to 30 min) for
 * {@code motcua.notifications.retry-for} (default 4 h) from the first try on that channel; a ZNS message's delivery
 * is asked for after the first pause, then again at the same pace; a message the gateway
 * refuses or could not deliver (a number without Zalo, an SMS receipt FAILED) goes to the next channel at once; with
 * no channel left it is FAILED and listed to the receiving officer. With no channel configured a message stays CREATED,
 * recorded and shown, and goes out once one is.
 * <p>
 * A batch is handed over {@code motcua.notifications.connections} messages at a time (a gateway far away answers
 * each in tens of milliseconds). Sending yields to the people being served: while the web tier is busy
 * ({@link RequestLoad}) a turn takes only {@code motcua.notifications.batch-when-busy} messages (20 a second by
 * default, so a message still leaves within seconds of a quiet counter and a queue never stops moving) and the rest
 * follows when the counter pauses; a counter taking hundreds of dossiers a second is not slowed by its own receipts
 * (docs/performance.md).
 */
@Component
class NotificationSender implements AutoCloseable {

	static final int BATCH = 100;

	/** One invocation of the schedule sends for at most this long, then lets the other scheduled jobs run. */
	private static final Duration TURN = Duration.ofSeconds(5);

	private final Notifications notifications;

	private final Map<MessageChannel, Delivery.Gateway> gateways = new EnumMap<>(MessageChannel.class);

	private final NotificationSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final RequestLoad load;

	private final ExecutorService handing;

	private volatile boolean held;

	NotificationSender(Notifications notifications, List<Delivery.Gateway> gateways, NotificationSettings settings,
			TransactionTemplate transactions, Clock clock, RequestLoad load) {
		this.notifications = notifications;
		gateways.forEach(g -> this.gateways.put(g.channel(), g));
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
		this.load = load;
		AtomicInteger number = new AtomicInteger();
		this.handing = Executors.newFixedThreadPool(settings.connections(), task -> {
			Thread thread = new Thread(task, "notification-handing-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public void close() {
		handing.shutdownNow();
	}

	/** The channels configured on this installation. */
	java.util.Set<MessageChannel> configured() {
		return gateways.keySet();
	}

	/** Holds (true) or releases the scheduled sending: for tests that hand messages over step by step. */
	void hold(boolean hold) {
		this.held = hold;
	}

	/**
	 * Hands the due messages over, turn after turn for at most a few seconds. An installation with no channel at all
	 * takes none: its messages stay CREATED, shown, until a channel is configured (and an instance without channels
	 * never moves a message that another instance, with channels, is sending).
	 */
	@Scheduled(fixedDelayString = "${motcua.notifications.send-every:PT0.5S}")
	void sendDue() {
		if (held || gateways.isEmpty()) {
			return;
		}
		unconfirmed(OffsetDateTime.now(clock));
		send();
	}

	/**
	 * One invocation's sending: while people are being served, one small batch; otherwise batch after batch for at
	 * most a few seconds, until none is due or people come. Answers how many messages it took.
	 */
	int send() {
		if (load.busy()) {
			return turn(settings.batchWhenBusy());
		}
		Instant end = clock.instant().plus(TURN);
		int taken = 0;
		int batch;
		do {
			batch = turn(BATCH);
			taken += batch;
		}
		while (batch > 0 && clock.instant().isBefore(end) && !load.busy());
		return taken;
	}

	/**
	 * Marks {@code UNCONFIRMED} every SMS the gateway accepted whose delivery receipt has not come within
	 * {@code motcua.notifications.receipt-wait} (its {@code next_attempt_at} was set to that moment when accepted): it
	 * is not left SENDING for ever, and the administrator's page counts it. It is not sent again (it may well have
	 * arrived); a receipt that comes later still applies. Answers how many were marked.
	 */
	int unconfirmed(OffsetDateTime now) {
		Integer marked = transactions.execute(s -> notifications.markUnconfirmed(now));
		return marked == null ? 0 : marked;
	}

	/** One turn of a full batch: claims it, hands it over, writes the answers; how many messages it took. */
	int turn() {
		return turn(BATCH);
	}

	private int turn(int batch) {
		List<Notifications.Claimed> claimed = claim(batch);
		if (!claimed.isEmpty()) {
			record(hand(claimed));
		}
		return claimed.size();
	}

	/** Claims the next batch (its own transaction). */
	List<Notifications.Claimed> claim() {
		return claim(BATCH);
	}

	private List<Notifications.Claimed> claim(int batch) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return transactions.execute(s -> notifications.claim(now, now.plus(settings.claimFor()), batch));
	}

	/**
	 * Hands each claimed message to its gateway (no transaction), {@code connections} dossiers at a time, and says
	 * what to write, in the batch's order. The messages of one dossier go one after the other, oldest first: an
	 * applicant reads "received" before "result ready".
	 */
	List<Notifications.Change> hand(List<Notifications.Claimed> claimed) {
		Map<String, List<Notifications.Claimed>> byDossier = new LinkedHashMap<>();
		claimed.forEach(m -> byDossier.computeIfAbsent(m.dossierCode(), c -> new ArrayList<>()).add(m));
		List<Future<List<Notifications.Change>>> handed = new ArrayList<>(byDossier.size());
		for (List<Notifications.Claimed> messages : byDossier.values()) {
			handed.add(handing.submit(() -> messages.stream().map(m -> hand(m, OffsetDateTime.now(clock))).toList()));
		}
		Map<UUID, Notifications.Change> changes = new HashMap<>();
		try {
			for (Future<List<Notifications.Change>> dossier : handed) {
				dossier.get().forEach(c -> changes.put(c.id(), c));
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			handed.forEach(f -> f.cancel(true));
			throw new IllegalStateException("interrupted while handing messages over", e);
		}
		catch (ExecutionException e) {
			// what the gateways answered has not been written: the hold runs out and they are handed again with the
			// same reference, which the gateways recognise
			throw new IllegalStateException("a gateway failed unexpectedly", e.getCause());
		}
		return claimed.stream().map(m -> changes.get(m.id())).toList();
	}

	/** Writes the answers (one transaction). */
	void record(List<Notifications.Change> changes) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		transactions.executeWithoutResult(s -> notifications.apply(changes, now));
	}

	private Notifications.Change hand(Notifications.Claimed m, OffsetDateTime now) {
		if (m.stopped()) {
			return change(m, "WITHHELD", m.channel(), null, m.channelSince(), m.attempts(), null, now,
					"notifications.detail.stopped", true);
		}
		List<MessageChannel> usable = usable(m);
		if (usable.isEmpty()) {
			return change(m, "CREATED", null, null, null, 0, null, now.plus(settings.longestPause()),
					"notifications.detail.noGateway", false);
		}
		MessageChannel channel = m.channel() != null && usable.contains(m.channel()) ? m.channel() : usable.get(0);
		OffsetDateTime since = channel == m.channel() && m.channelSince() != null ? m.channelSince() : now;
		int attempts = channel == m.channel() ? m.attempts() : 0;
		String to = channel.byPhone() ? m.phone() : m.email();
		Delivery.Gateway gateway = gateways.get(channel);
		Delivery.Result result = m.gatewayId() != null ? gateway.status(m.gatewayId(), to)
				: gateway.send(new Delivery.Outgoing(m.id(), m.kind(), m.dossierCode(), to, m.body(), m.params(),
						m.znsTemplateId()));
		return switch (result.answer()) {
			case ACCEPTED -> change(m, "SENDING", channel, to, since, attempts + 1, result.gatewayId(),
					now.plus(channel == MessageChannel.SMS ? settings.receiptWait() : settings.firstPause()), null, true,
					"notifications.detail.accepted|" + result.gatewayId());
			case DELIVERED -> change(m, "DELIVERED", channel, to, since, attempts + (m.gatewayId() == null ? 1 : 0),
					result.gatewayId(), now, null, true, "notifications.detail.delivered");
			case PENDING -> since.plus(settings.retryFor()).isBefore(now)
					? next(m, usable, channel, to, attempts, now, "notifications.detail.noReceipt")
					: change(m, "SENDING", channel, to, since, attempts, m.gatewayId(), now.plus(settings.firstPause()), null,
							false, null);
			case UNAVAILABLE -> since.plus(settings.retryFor()).isAfter(now)
					? change(m, "SENDING", channel, to, since, attempts + 1, null,
							now.plus(settings.pauseAfter(attempts + 1)), result.reason(), attempts == 0,
							"notifications.detail.retrying|" + result.reason())
					: next(m, usable, channel, to, attempts + 1, now, result.reason());
			case REFUSED -> next(m, usable, channel, to, attempts + 1, now, result.reason());
		};
	}

	/**
	 * What a gateway's delivery receipt changes: DELIVERED, or the next channel (a receipt FAILED: the gateway could
	 * not deliver, trying again would not help).
	 */
	Notifications.Change receipt(Notifications.Claimed m, boolean delivered, String reason) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String to = m.channel() != null && m.channel().byPhone() ? m.phone() : m.email();
		if (delivered) {
			return change(m, "DELIVERED", m.channel(), to, m.channelSince(), m.attempts(), m.gatewayId(), now, null,
					true, "notifications.detail.delivered");
		}
		List<MessageChannel> usable = new ArrayList<>(usable(m));
		if (!usable.contains(m.channel())) {
			usable.add(0, m.channel());
		}
		return next(m, usable, m.channel(), to, m.attempts(), now, reason);
	}

	/** The next channel after {@code failed}, tried at once; FAILED when there is none. */
	private Notifications.Change next(Notifications.Claimed m, List<MessageChannel> usable, MessageChannel failed,
			String to, int attempts, OffsetDateTime now, String reason) {
		int at = usable.indexOf(failed);
		if (at + 1 < usable.size()) {
			MessageChannel next = usable.get(at + 1);
			return change(m, "SENDING", next, null, now, 0, null, now, reason, true,
					"notifications.detail.fallBack|" + failed + "|" + next + "|" + reason);
		}
		return change(m, "FAILED", failed, to, m.channelSince(), attempts, null, now, reason, true,
				"notifications.detail.failed|" + reason);
	}

	/** The applicant's channels configured here that have a contact, in the order tried. */
	List<MessageChannel> usable(Notifications.Claimed m) {
		return ApplicantContacts.ORDER.stream().filter(m.chosen()::contains).filter(gateways::containsKey)
			.filter(c -> c.byPhone() ? m.phone() != null : m.email() != null).toList();
	}

	private static Notifications.Change change(Notifications.Claimed m, String status, MessageChannel channel,
			String to, OffsetDateTime since, int attempts, String gatewayId, OffsetDateTime next, String error,
			boolean log) {
		return change(m, status, channel, to, since, attempts, gatewayId, next, error, log, error);
	}

	private static Notifications.Change change(Notifications.Claimed m, String status, MessageChannel channel,
			String to, OffsetDateTime since, int attempts, String gatewayId, OffsetDateTime next, String error,
			boolean log, String detail) {
		return new Notifications.Change(m.id(), status, channel, to, since, attempts, gatewayId, next, error, log,
				detail);
	}
}
