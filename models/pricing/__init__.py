"""Price list and messages: prices per prefix, SMS parts, recipients, campaign estimates."""
