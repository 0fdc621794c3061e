package org.peaceops.engine.models;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The message bundles as files, read as the application reads them (UTF-8), and the models they name:
 * for the tests that hold the bundles complete, free of orphans and readable.
 */
final class Bundles {

    static final Path FOLDER = Path.of("src/main/resources/i18n");

    /** Every language of the project's texts, by the suffix of its file ("" for English). */
    static final Map<String, String> LANGUAGES = Map.of("en", "messages.properties", "fr", "messages_fr.properties");

    /**
     * Words in capitals that people read as words, not codes: the organisations and plans of the
     * domain, as the United Nations write them in English and French.
     */
    static final List<String> ACRONYMS = List.of(
            "UN",
            "ONU",
            "UNDSS",
            "UNCT",
            "POC",
            "PBC",
            "PBSO",
            "EOSG",
            "RC",
            "USD",
            "HQ",
            "SRSG",
            "DSRSG",
            "UNDP",
            "UNICEF",
            "OHCHR",
            "UNFPA",
            "WFP",
            "UNHCR",
            "IOM",
            "UNODC",
            "UNOPS",
            "PNUD",
            "HCDH",
            "FNUAP",
            "PAM",
            "HCR",
            "OIM",
            "ONUDC",
            "ISO",
            "DRC",
            "RDC",
            "OP",
            "II",
            "III",
            "IV",
            "VI",
            "VII",
            "VIII",
            "IX",
            "XI",
            "XII",
            "XIII",
            "XIV",
            "RES",
            "MONUSCO",
            "COD",
            "YYYY",
            "MM",
            "DD",
            "AAAA",
            "JJ",
            // regional organisations (resolution 2594, OP 12), in English and French
            "AU",
            "UA",
            "ECOWAS",
            "CEDEAO",
            "SADC",
            "EAC",
            "CAE",
            "EU",
            "UE");

    /** A code: a word in capitals of two letters or more, or with an underscore, that is no acronym. */
    private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

    private Bundles() {}

    static Map<String, String> read(String language) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(FOLDER.resolve(LANGUAGES.get(language)), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }

    /** The codes a person would read in the text: templates ({{…}}) and link targets are not read. */
    static List<String> codes(String text) {
        String read = text.replaceAll("\\{\\{[^}]*}}", " ").replaceAll("\\]\\([^)]*\\)", "]");
        Matcher matcher = CAPITALS.matcher(read);
        return matcher.results()
                .map(m -> m.group())
                .filter(word -> word.length() > 1 && !ACRONYMS.contains(word))
                .toList();
    }

    /** Every user task of processes/, as "process id" → task ids. */
    static Map<String, List<String>> userTasks() {
        Map<String, List<String>> tasks = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                var model = Bpmn.readModelFromFile(file.toFile());
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    tasks.computeIfAbsent(processOf(task), k -> new java.util.ArrayList<>())
                            .add(task.getId());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tasks;
    }

    private static String processOf(ModelElementInstance element) {
        ModelElementInstance parent = element.getParentElement();
        while (!(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return ((Process) parent).getId();
    }
}
