package eu.nis2assessor.adapter.graphql.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientMessagesTest {

    @Test
    void aLiteralArgumentLosesItsSyntaxTreeAndKeepsFieldAndReason() {
        assertThat(ClientMessages.clean("Validation error (WrongType@[assessProfile]) : argument 'profile.figures' with value"
                + " 'ObjectValue{objectFields=[ObjectField{name='annualTurnover', value=IntValue{value=1}}]}' is missing"
                + " required fields '[headcount]'"))
                .isEqualTo("Validation error (WrongType@[assessProfile]) : argument 'profile.figures' is missing required"
                        + " fields '[headcount]'");
        assertThat(ClientMessages.clean("Validation error (WrongType@[assessProfile]) : argument 'profile.figures.headcount'"
                + " with value 'StringValue{value='abc'}' is not a valid 'Decimal' - Decimal: expected a JSON number or a"
                + " numeric string, got 'abc'"))
                .isEqualTo("Validation error (WrongType@[assessProfile]) : argument 'profile.figures.headcount' is not a"
                        + " valid 'Decimal' - Decimal: expected a JSON number or a numeric string, got 'abc'");
        assertThat(ClientMessages.clean("Validation error (WrongType@[assessProfile]) : argument 'profile.figures' with"
                + " value 'NullValue{}' must not be null"))
                .isEqualTo("Validation error (WrongType@[assessProfile]) : argument 'profile.figures' must not be null");
    }

    @Test
    void enumAndScalarLiteralsAreWrittenAsInTheQuery() {
        assertThat(ClientMessages.clean("Validation error (WrongType@[assessGroupStructure]) : argument"
                + " 'structure.holdings[0].controlRights[0]' is not a valid 'ControlRight' - Literal value not in allowable"
                + " values for enum 'ControlRight' - 'EnumValue{name='FOO'}'"))
                .isEqualTo("Validation error (WrongType@[assessGroupStructure]) : argument"
                        + " 'structure.holdings[0].controlRights[0]' is not a valid 'ControlRight' - Literal value not in"
                        + " allowable values for enum 'ControlRight' - 'FOO'");
        assertThat(ClientMessages.clean("is not a valid 'EntityType' - 'StringValue{value='x'}'."))
                .isEqualTo("is not a valid 'EntityType' - \"x\".");
        assertThat(ClientMessages.clean("is not a valid 'Boolean' - 'IntValue{value=5}'")).isEqualTo(
                "is not a valid 'Boolean' - '5'");
    }

    @Test
    void anIntegerOutOfRangeKeepsTheNumberItWasGiven() {
        String literal = "Validation error (WrongType@[groups]) : argument 'first' with value 'IntValue{value=99999999999}'"
                + " is not a valid 'Int' - Expected value to be in the integer range, but it was a '99999999999'";
        String variable = "Variable 'f' has an invalid value: Expected value to be in the integer range, but it was a"
                + " '99999999999'";
        assertThat(ClientMessages.clean(literal)).doesNotContain("IntValue").endsWith("but it was a '99999999999'");
        assertThat(ClientMessages.clean(variable)).endsWith("but it was a '99999999999'");
    }

    @Test
    void javaTypeNamesBecomeJsonKinds() {
        assertThat(ClientMessages.clean("Variable 'profile' has an invalid value: Expected type 'Map' but was 'String'."
                + " Variables for input objects must be an instance of type 'Map'."))
                .isEqualTo("Variable 'profile' has an invalid value: expected an object but got a string.");
        assertThat(ClientMessages.clean("Variable 'n' has an invalid value: Expected a String input, but it was a 'Integer'"))
                .isEqualTo("Variable 'n' has an invalid value: Expected a String input, but it was a number");
        assertThat(ClientMessages.clean("Expected an AST type of 'IntValue' or 'StringValue' but it was a 'BooleanValue'"))
                .isEqualTo("expected an integer or a string but got a boolean");
    }

    @Test
    void messagesWithoutInternalsStayAsTheyAre() {
        String own = "holdings[3].capitalPercent: must be between 0 and 100";
        assertThat(ClientMessages.clean(own)).isSameAs(own);
        String named = "Validation error (FieldUndefined@[noSuchField]) : Field 'noSuchField' in type 'Query' is undefined";
        assertThat(ClientMessages.clean(named)).isEqualTo(named);
        assertThat(ClientMessages.clean(null)).isNull();
    }
}
