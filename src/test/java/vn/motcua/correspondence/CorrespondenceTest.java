package vn.motcua.correspondence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application, on a port, signing with a real PKCS#11 token (SoftHSM2, the token made by
 * {@code PdfSignerTokenTests.token()}): the correspondence tests share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"motcua.documents.signing.pkcs11-library=/usr/lib/softhsm/libsofthsm2.so",
		"motcua.documents.signing.password=246810", "motcua.communes=14908,14797" })
@AutoConfigureMockMvc
@interface CorrespondenceTest {
}
