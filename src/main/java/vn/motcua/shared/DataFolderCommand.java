package vn.motcua.shared;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The backup and restore commands of the jar, run without starting the application (README, section Backup and
 * restore):
 * <pre>
 * java -jar motcua.jar backup --to=motcua-2026-12-04.zip [--data-dir=./data]
 * java -jar motcua.jar restore --from=motcua-2026-12-04.zip --data-dir=/srv/motcua/data
 * </pre>
 * The data folder defaults to {@code MOTCUA_DATA_DIR}, else {@code ./data}.
 */
public final class DataFolderCommand {

	private DataFolderCommand() {
	}

	/** Whether these arguments name one of the commands. */
	public static boolean handles(String[] args) {
		return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
	}

	/** Runs the command; the exit status (0 done, 1 refused or failed, 2 wrong arguments). */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				err.println("Tham số không hợp lệ: " + arg);
				return usage(err);
			}
			options.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
		String env = System.getenv("MOTCUA_DATA_DIR");
		Path dataFolder = Path.of(options.getOrDefault("data-dir", env == null || env.isBlank() ? "./data" : env));
		try {
			if (args[0].equals("backup")) {
				String to = options.get("to");
				if (to == null) {
					return usage(err);
				}
				DataFolderBackup.Summary done = DataFolderBackup.backup(dataFolder, Path.of(to));
				out.printf("Đã sao lưu %s vào %s: %d bảng, %d dòng, %d tệp.%n", dataFolder, to, done.tables(),
						done.rows(), done.files());
				if (!done.missingFiles().isEmpty()) {
					err.println("Cảnh báo: thiếu " + done.missingFiles().size()
							+ " tệp trong kho tài liệu (không có trong bản sao lưu): " + done.missingFiles());
					return 1;
				}
				return 0;
			}
			String from = options.get("from");
			if (from == null) {
				return usage(err);
			}
			DataFolderBackup.Summary done = DataFolderBackup.restore(Path.of(from), dataFolder);
			out.printf("Đã khôi phục %s vào %s: %d bảng, %d dòng, %d tệp. Khởi động MotCua với MOTCUA_DATA_DIR=%s.%n",
					from, dataFolder, done.tables(), done.rows(), done.files(), dataFolder);
			return 0;
		}
		catch (Exception e) {
			err.println("Không thực hiện được: " + e.getMessage());
			return 1;
		}
	}

	private static int usage(PrintStream err) {
		err.println("""
				Cách dùng:
				  java -jar motcua.jar backup --to=TỆP.zip [--data-dir=THƯ_MỤC]
				  java -jar motcua.jar restore --from=TỆP.zip --data-dir=THƯ_MỤC_MỚI""");
		return 2;
	}
}
