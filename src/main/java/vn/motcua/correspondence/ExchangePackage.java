package vn.motcua.correspondence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The package for the national document exchange (Trục liên thông văn bản quốc gia; QCVN 102:2016/BTTTT as amended
 * 2022, QĐ 28/2018/QĐ-TTg): until MotCua connects to a province's exchange, the signed PDF and a header file with the
 * edXML fields (From, To, DocumentId {@code OrganId,yyyy/MM/dd,number/symbol}, Code, PromulgationInfo, DocumentType,
 * Subject, SignerInfo, ToPlaces, TraceHeaderList with business type 0 = new) in one ZIP the clerk sends. It is an
 * edXML-like header, not a validated edXML envelope: no XML signature (the PDF carries the signatures).
 */
final class ExchangePackage {

	private ExchangePackage() {
	}

	record Header(String organId, String organName, String numberSymbol, int number, String symbol,
			java.time.LocalDate issuedOn, String place, String typeName, String subject, String signerPosition,
			String signerName, List<String> toPlaces) {
	}

	static byte[] zip(Header h, byte[] signedPdf) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(signedPdf.length + 4096);
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry("edxml-header.xml"));
			zip.write(header(h).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(h.numberSymbol().replace('/', '_') + ".pdf"));
			zip.write(signedPdf);
			zip.closeEntry();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	static String header(Header h) {
		StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<edXMLHeader>\n");
		x.append(" <MessageHeader>\n  <From><OrganId>").append(esc(h.organId())).append("</OrganId><OrganName>")
			.append(esc(h.organName())).append("</OrganName></From>\n");
		for (String to : h.toPlaces()) {
			x.append("  <To><OrganName>").append(esc(to)).append("</OrganName></To>\n");
		}
		x.append("  <DocumentId>").append(esc(h.organId() + "," + h.issuedOn().format(DateTimeFormatter.ofPattern(
				"yyyy/MM/dd")) + "," + h.numberSymbol())).append("</DocumentId>\n");
		x.append("  <Code><CodeNumber>").append(h.number()).append("</CodeNumber><CodeNotation>")
			.append(esc(h.symbol())).append("</CodeNotation></Code>\n");
		x.append("  <PromulgationInfo><Place>").append(esc(h.place())).append("</Place><PromulgationDate>")
			.append(h.issuedOn()).append("</PromulgationDate></PromulgationInfo>\n");
		x.append("  <DocumentType><TypeName>").append(esc(h.typeName())).append("</TypeName></DocumentType>\n");
		x.append("  <Subject>").append(esc(h.subject())).append("</Subject>\n");
		x.append("  <SignerInfo><Position>").append(esc(h.signerPosition())).append("</Position><FullName>")
			.append(esc(h.signerName())).append("</FullName></SignerInfo>\n");
		x.append("  <ToPlaces>");
		h.toPlaces().forEach(p -> x.append("<Place>").append(esc(p)).append("</Place>"));
		x.append("</ToPlaces>\n  <SteeringType>0</SteeringType>\n </MessageHeader>\n");
		x.append(" <TraceHeaderList><Bussiness><BussinessDocType>0</BussinessDocType></Bussiness></TraceHeaderList>\n");
		return x.append("</edXMLHeader>\n").toString();
	}

	private static String esc(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
			.replace("\"", "&quot;");
	}
}
