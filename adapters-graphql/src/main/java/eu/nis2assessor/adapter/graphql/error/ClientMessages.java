package eu.nis2assessor.adapter.graphql.error;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * graphql-java's own validation and coercion messages, without the internals they print: the syntax tree of a literal
 * argument ({@code with value 'ObjectValue{objectFields=[ObjectField{name='figures', ...}]}'}) and Java class names
 * ({@code but it was a 'Integer'}, {@code Expected type 'Map' but was 'String'}). The field, the expected type and
 * the reason stay; only the way graphql-java spells what it received changes: {@code argument 'profile.figures' is
 * missing required fields '[headcount]'}, {@code but it was a number}.
 */
final class ClientMessages {

    /** {@code with value '<syntax tree>'} before the reason of an argument validation message. */
    private static final Pattern LITERAL_TREE = Pattern.compile(
            " with value '(?:[A-Z][A-Za-z]*Value|VariableReference)\\{.*?\\}'(?= (?:is |contains |must ))", Pattern.DOTALL);
    /**
     * A scalar or enum literal as graphql-java prints it at the end of a coercion message
     * ({@code not in allowable values for enum 'ControlRight' - 'EnumValue{name='FOO'}'}): written as in the query.
     */
    private static final Pattern SCALAR_LITERAL = Pattern.compile(
            "'(Enum|String|Int|Float|Boolean)Value\\{(?:name|value)=(.*?)\\}'(?=$|[\\s.,;)])", Pattern.DOTALL);
    private static final Pattern INPUT_OBJECT_VARIABLE = Pattern.compile(
            "Expected type 'Map' but was '(\\w+)'\\. Variables for input objects must be an instance of type 'Map'\\.");
    private static final Pattern AST_TYPES = Pattern.compile("Expected an AST type of ((?:'\\w+'(?: or )?)+) but it was a '(\\w+)'");
    private static final Pattern IT_WAS = Pattern.compile("but it was a '(\\w+)'");
    private static final Pattern QUOTED_NAME = Pattern.compile("'(\\w+)'");

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("Integer", "a number"), Map.entry("Long", "a number"), Map.entry("Short", "a number"),
            Map.entry("Byte", "a number"), Map.entry("BigInteger", "a number"), Map.entry("BigDecimal", "a number"),
            Map.entry("Double", "a number"), Map.entry("Float", "a number"), Map.entry("String", "a string"),
            Map.entry("Boolean", "a boolean"), Map.entry("LinkedHashMap", "an object"), Map.entry("HashMap", "an object"),
            Map.entry("Map", "an object"), Map.entry("ArrayList", "a list"), Map.entry("List", "a list"),
            Map.entry("IntValue", "an integer"), Map.entry("FloatValue", "a float"), Map.entry("StringValue", "a string"),
            Map.entry("BooleanValue", "a boolean"), Map.entry("ObjectValue", "an object"), Map.entry("ArrayValue", "a list"),
            Map.entry("NullValue", "null"), Map.entry("EnumValue", "an enum value"));

    private ClientMessages() {
    }

    /** The message without graphql-java's internals; the same string when it has none. */
    static String clean(String message) {
        if (message == null || message.indexOf('\'') < 0) {
            return message;
        }
        String cleaned = LITERAL_TREE.matcher(message).replaceAll("");
        cleaned = replace(SCALAR_LITERAL, cleaned, m -> literal(m.group(1), m.group(2)));
        cleaned = replace(INPUT_OBJECT_VARIABLE, cleaned, m -> "expected an object but got " + kind(m.group(1)) + ".");
        cleaned = replace(AST_TYPES, cleaned, m -> "expected " + kinds(m.group(1)) + " but got " + kind(m.group(2)));
        // only Java class names become kinds; a value quoted there (an integer out of range) stays as given
        cleaned = replace(IT_WAS, cleaned,
                m -> KINDS.containsKey(m.group(1)) ? "but it was " + kind(m.group(1)) : m.group());
        return cleaned;
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> with) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        return matcher.replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
    }

    /** {@code FOO} for an enum value, {@code "text"} for a string, the digits or {@code true} for the others. */
    private static String literal(String kind, String printed) {
        String value = printed.length() >= 2 && printed.startsWith("'") && printed.endsWith("'")
                ? printed.substring(1, printed.length() - 1) : printed;
        return kind.equals("String") ? "\"" + value + "\"" : "'" + value + "'";
    }

    private static String kind(String name) {
        return KINDS.getOrDefault(name, "a value");
    }

    /** {@code 'IntValue' or 'StringValue'} as {@code an integer or a string}. */
    private static String kinds(String quotedNames) {
        StringBuilder out = new StringBuilder();
        Matcher names = QUOTED_NAME.matcher(quotedNames);
        while (names.find()) {
            out.append(out.isEmpty() ? "" : " or ").append(kind(names.group(1)));
        }
        return out.toString();
    }
}
