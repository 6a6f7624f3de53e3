package vn.motcua.simulators;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar motcua.jar simulators [--dvcqg-port=18181]}: starts the simulators of the outside services on their
 * own ports, without starting MotCua, and runs until stopped (Ctrl+C). README, section "Simulators".
 */
public final class SimulatorCommand {

	private SimulatorCommand() {
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
				err.println("Cách dùng: java -jar motcua.jar simulators [--dvcqg-port=18181]");
				return 2;
			}
			options.put(args[i].substring(2, equals), args[i].substring(equals + 1));
		}
		try {
			NationalPortalSimulator.Settings settings = NationalPortalSimulator.Settings
				.defaults(Integer.parseInt(options.getOrDefault("dvcqg-port", "18181")));
			NationalPortalSimulator dvcqg = NationalPortalSimulator.start(settings);
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
					Dừng bằng Ctrl+C.
					""", dvcqg.port(), dvcqg.port(), settings.authPath(), settings.integrationPath(),
					settings.sharePath(), settings.username(), settings.password(), settings.dstcode());
			CountDownLatch stopped = new CountDownLatch(1);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				dvcqg.close();
				stopped.countDown();
			}));
			stopped.await();
			return 0;
		}
		catch (NumberFormatException e) {
			err.println("Cổng không hợp lệ: " + options.get("dvcqg-port"));
			return 2;
		}
		catch (Exception e) {
			err.println("Không khởi động được trình mô phỏng: " + e.getMessage());
			return 1;
		}
	}
}
