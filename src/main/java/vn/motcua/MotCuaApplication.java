package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

import vn.motcua.shared.DataFolderCommand;
import vn.motcua.simulators.SimulatorCommand;

/**
 * MotCua: the one-stop shop (Bộ phận Một cửa) of a Vietnamese commune. Each direct sub-package is an
 * application module (see {@code docs/modules}); {@code shared} is the small shared kernel.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "MotCua", sharedModules = "shared")
public class MotCuaApplication {

	public static void main(String[] args) {
		if (DataFolderCommand.handles(args)) {
			// backup and restore (README): a data folder's database and files, without starting the application (and
			// without the libraries' debug logging, which Spring Boot's logging set-up would otherwise have quietened)
			((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
				.setLevel(ch.qos.logback.classic.Level.WARN);
			System.exit(DataFolderCommand.run(args, System.out, System.err));
		}
		if (SimulatorCommand.handles(args)) {
			// the outside services' simulators (README): their own small HTTP servers, without the application
			System.exit(SimulatorCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(MotCuaApplication.class, args);
	}
}
