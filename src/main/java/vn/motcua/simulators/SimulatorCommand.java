package vn.motcua.simulators;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar motcua.jar simulators [--dvcqg-port=18181] [--sms-port=18182] [--zns-port=18183] [--tsa-port=18184]
 * [--remote-signing-port=18185] [--ca-port=18186] [--remote-signing-expiry=120]
 * [--sms-receipts-to=http://localhost:8080/api/v1/notifications/receipts] [--sms-receipt-tries=1]}: starts the simulators
 * of the outside services (national portal, SMS gateway, Zalo ZNS, RFC 3161 time-stamping, remote signing, a
 * certificate authority with CRL and OCSP) on their own ports, without starting MotCua, and runs until stopped
 * (Ctrl+C). README, section "Simulators of the outside services".
 */
public final class SimulatorCommand {

	/** The simulated SMS gateway's key and ZNS access token (a simulator's, not secrets). */
	static final String SMS_KEY = "sms-mo-phong";

	static final String ZNS_TOKEN = "zns-mo-phong";

	private SimulatorCommand() {
	}

	private static int port(Map<String, String> options, String name, int otherwise) {
		return Integer.parseInt(options.getOrDefault(name, String.valueOf(otherwise)));
	}

	/** Whether these arguments name this command. */
	public static boolean handles(String[] args) {
		return args.length > 0 && args[0].equals("simulators");
	}

	/** Starts the simulators and waits; the exit status (2 for wrong arguments, 1 when one could not start). */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			int equals = args[i].indexOf('=');
			if (!args[i].startsWith("--") || equals < 0) {
				err.println("Tham số không hợp lệ: " + args[i]);
				err.println("Cách dùng: java -jar motcua.jar simulators [--dvcqg-port=18181] [--sms-port=18182]"
						+ " [--zns-port=18183] [--tsa-port=18184] [--remote-signing-port=18185] [--ca-port=18186]"
						+ " [--remote-signing-expiry=120] [--sms-receipts-to=URL] [--sms-receipt-tries=1]");
				return 2;
			}
			options.put(args[i].substring(2, equals), args[i].substring(equals + 1));
		}
		try {
			NationalPortalSimulator.Settings settings = NationalPortalSimulator.Settings
				.defaults(port(options, "dvcqg-port", 18181));
			NationalPortalSimulator dvcqg = NationalPortalSimulator.start(settings);
			// a separate process standing for the outside world: its own time of day, Vietnam time
			Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
			SmsGatewaySimulator sms = SmsGatewaySimulator.start(port(options, "sms-port", 18182), SMS_KEY,
					URI.create(options.getOrDefault("sms-receipts-to",
							"http://localhost:8080/api/v1/notifications/receipts")),
					Duration.ofSeconds(2), clock)
				.retryReceipts(port(options, "sms-receipt-tries", 1), Duration.ofSeconds(5));
			ZaloNotificationSimulator zns = ZaloNotificationSimulator.start(port(options, "zns-port", 18183), ZNS_TOKEN,
					clock);
			TimeStampAuthoritySimulator tsa = TimeStampAuthoritySimulator.start(port(options, "tsa-port", 18184), clock);
			RemoteSigningSimulator signing = RemoteSigningSimulator.start(port(options, "remote-signing-port", 18185),
					clock, Duration.ofSeconds(port(options, "remote-signing-expiry", 120)));
			CertificateAuthoritySimulator ca = CertificateAuthoritySimulator.start(port(options, "ca-port", 18186), clock);
			out.printf("""
					Mô phỏng Cổng Dịch vụ công quốc gia: http://localhost:%d/ (hồ sơ đã nhận)
					Cấu hình MotCua để dùng nó:
					  MOTCUA_DVCQG_URL=http://localhost:%d
					  MOTCUA_DVCQG_AUTH_PATH=%s
					  MOTCUA_DVCQG_INTEGRATION_PATH=%s
					  MOTCUA_DVCQG_SHARE_PATH=%s
					  MOTCUA_DVCQG_USERNAME=%s
					  MOTCUA_DVCQG_PASSWORD=%s
					  MOTCUA_DVCQG_DSTCODE=%s
					Mô phỏng cổng SMS: http://localhost:%d/sms (biên nhận gửi tới %s)
					  MOTCUA_SMS_URL=http://localhost:%d/sms
					  MOTCUA_SMS_KEY=%s
					Mô phỏng Zalo ZNS: http://localhost:%d
					  MOTCUA_ZNS_URL=http://localhost:%d
					  MOTCUA_ZNS_ACCESS_TOKEN=%s
					Mô phỏng dịch vụ cấp dấu thời gian (RFC 3161): http://localhost:%d/tsa
					  MOTCUA_TSA_URL=http://localhost:%d/tsa   (chứng thư của TSA: http://localhost:%d/tsa/certificate)
					Mô phỏng dịch vụ ký số từ xa: http://localhost:%d/ (yêu cầu chờ xác nhận: Đồng ý / Từ chối)
					  MOTCUA_REMOTE_SIGNING_URL=http://localhost:%d
					  MOTCUA_REMOTE_SIGNING_KEY=%s
					  (chứng thư CA của dịch vụ, để tin cậy: http://localhost:%d/api/v1/ca)
					Mô phỏng tổ chức cấp chứng thư số (CRL, OCSP): http://localhost:%d/ (thu hồi chứng thư tại đây)
					  chứng thư CA, để đưa vào MOTCUA_TRUST_ANCHORS: http://localhost:%d/ca/certificate
					  cấp tệp .p12: curl -d cn=Tên -d password=... http://localhost:%d/ca/certificates -o signer.p12
					Dừng bằng Ctrl+C.
					""", dvcqg.port(), dvcqg.port(), settings.authPath(), settings.integrationPath(),
					settings.sharePath(), settings.username(), settings.password(), settings.dstcode(), sms.port(),
					options.getOrDefault("sms-receipts-to", "http://localhost:8080/api/v1/notifications/receipts"),
					sms.port(), SMS_KEY, zns.port(), zns.port(), ZNS_TOKEN, tsa.port(), tsa.port(), tsa.port(),
					signing.port(), signing.port(), RemoteSigningSimulator.API_KEY, signing.port(), ca.port(), ca.port(),
					ca.port());
			CountDownLatch stopped = new CountDownLatch(1);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				dvcqg.close();
				sms.close();
				zns.close();
				tsa.close();
				signing.close();
				ca.close();
				stopped.countDown();
			}));
			stopped.await();
			return 0;
		}
		catch (NumberFormatException e) {
			err.println("Cổng không hợp lệ: " + e.getMessage());
			return 2;
		}
		catch (Exception e) {
			err.println("Không khởi động được trình mô phỏng: " + e.getMessage());
			return 1;
		}
	}
}
