package vn.motcua.notifications;

import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.TestClock;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.CompleteIntake;
import vn.motcua.dossier.DossierLinks;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.MessageChannel;

/**
 * One context for every test of messages (issue 16): the whole application on a real port (the status links in the
 * messages point at it, so a browser can follow them), its channels pointed at {@link SimulatedGateways} (the SMS and
 * ZNS simulators over HTTP, GreenMail over SMTP), with short pauses. The test classes extending it share the context
 * and the servers (started once, stopped when the JVM ends), so each class costs no new start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@AutoConfigureMockMvc
abstract class NotificationsTestBase {

	static SimulatedGateways gateways;

	static int port;

	@Autowired
	Intake intake;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NotificationSender sender;

	@Autowired
	DossierLinks links;

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static synchronized void gateways(DynamicPropertyRegistry registry) throws Exception {
		if (gateways == null) {
			try (ServerSocket free = new ServerSocket(0)) {
				port = free.getLocalPort();
			}
			SimulatedGateways started = SimulatedGateways.linkedTo(registry,
					java.net.URI.create("http://localhost:" + port + "/api/v1/notifications/receipts"));
			Runtime.getRuntime().addShutdownHook(new Thread(started::close));
			gateways = started;
		}
		else {
			SimulatedGateways.link(registry, gateways);
		}
		registry.add("server.port", () -> port);
		registry.add("motcua.public-base-url", () -> "http://localhost:" + port);
		registry.add("motcua.notifications.send-every", () -> "PT0.1S");
		registry.add("motcua.notifications.retry-for", () -> "PT2S");
		registry.add("motcua.notifications.first-pause", () -> "PT0.2S");
		registry.add("motcua.notifications.longest-pause", () -> "PT0.5S");
		registry.add("motcua.notifications.claim-for", () -> "PT1S");
	}

	IntakeRequest request(String name, String phone, String email, Set<MessageChannel> channels) {
		ProcedureVersion version = catalogue.inForce("1.004873", TestClock.today()).orElseThrow();
		IntakeRequest r = CompleteIntake.of(version, name);
		Applicant a = r.applicant();
		return new IntakeRequest(r.submissionToken(), r.agencyCode(), r.procedureCode(), r.channel(), r.assisted(),
				new Applicant(a.name(), a.idNumber(), phone, a.address(), email, null), r.documents(), r.casesApplying(),
				r.feeConditionsHolding(), channels);
	}

	List<String> kinds(String code) {
		return jdbc.sql("select kind from notification where dossier_code = ? order by created_at, id").param(code)
			.query(String.class).list();
	}

	String statusById(UUID id) {
		return jdbc.sql("select status from notification where id = ?").param(id).query(String.class).single();
	}

	String statusOf(String code) {
		return jdbc.sql("select status from notification where dossier_code = ?").param(code).query(String.class)
			.single();
	}

	List<MimeMessage> mailsTo(String address) {
		return java.util.Arrays.stream(gateways.mail.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(address);
			}
			catch (jakarta.mail.MessagingException e) {
				throw new AssertionError(e);
			}
		}).toList();
	}

	static String digits(int n) {
		return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()) % (long) Math.pow(10, n) + (long) Math.pow(10, n)).substring(1);
	}
}
