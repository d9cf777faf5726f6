package org.caregate.reports.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void neutralisesEveryCellASpreadsheetWouldReadAsAFormula() {
        assertThat(CsvCells.of("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(CsvCells.of("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvCells.of("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.of("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.of("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.of("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void leavesOrdinaryValuesAlone() {
        assertThat(CsvCells.of(null)).isEmpty();
        assertThat(CsvCells.of("")).isEmpty();
        assertThat(CsvCells.of("EXT-1")).isEqualTo("EXT-1");
        assertThat(CsvCells.of(42L)).isEqualTo("42");
        assertThat(CsvCells.of(true)).isEqualTo("true");
        assertThat(CsvCells.of("a=b")).isEqualTo("a=b");
    }

    @Test
    void aNeutralisedCellSurvivesQuotingAndParsesBack() throws Exception {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(CsvCells.of("=HYPERLINK(\"a,b\")"), CsvCells.of("line\nbreak"));
        }
        CSVRecord record = CSVParser.parse(out.toString(), CSVFormat.RFC4180).getRecords().get(0);
        assertThat(record.get(0)).isEqualTo("'=HYPERLINK(\"a,b\")");
        assertThat(record.get(1)).isEqualTo("line\nbreak");
    }

    @Test
    void timesCarryTheVisitsOffset() {
        assertThat(VisitColumns.at(Instant.parse("2020-02-10T14:30:00Z"), ZoneId.of("America/New_York")))
                .isEqualTo("2020-02-10T09:30:00-05:00");
        assertThat(VisitColumns.at(null, ZoneId.of("UTC"))).isNull();
    }
}
