"""Czech for the core's messages on billing information, tax IDs and addresses."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "At most {limit} characters.": "Nejvýše {limit} znaků.",
    "Control characters (such as Escape or NUL) are not allowed.": (
        "Řídicí znaky (například Escape nebo NUL) nejsou povoleny."
    ),
    "Enter the company or person name.": "Zadejte název firmy nebo jméno.",
    "Enter the street and number.": "Zadejte ulici a číslo.",
    "Enter the city.": "Zadejte město.",
    "Choose the country.": "Vyberte zemi.",
    "“{value}” is not an e-mail address.": "„{value}“ není e-mailová adresa.",
    "Enter the VAT ID.": "Zadejte DIČ.",
    "“{value}” is not a VAT ID of {country}: it must start with {prefix}.": (
        "„{value}“ není DIČ země {country}: musí začínat {prefix}."
    ),
    "“{value}” is not a valid VAT ID of {country} (check the digits).": (
        "„{value}“ není platné DIČ země {country} (zkontrolujte číslice)."
    ),
    "“{value}” is not a valid VAT ID (check the digits).": (
        "„{value}“ není platné DIČ (zkontrolujte číslice)."
    ),
    "“{value}” is not a valid EU VAT ID (check the prefix and digits).": (
        "„{value}“ není platné DIČ v EU (zkontrolujte předponu a číslice)."
    ),
    "“{value}” does not look like a VAT ID.": "„{value}“ nevypadá jako DIČ.",
    "“{value}” is not a company ID (IČO): use eight digits.": (
        "„{value}“ není IČO: použijte osm číslic."
    ),
    "“{value}” is not a valid company ID (IČO): its check digit is wrong.": (
        "„{value}“ není platné IČO: nesedí kontrolní číslice."
    ),
    "A company ID has at most 30 characters.": "IČO může mít nejvýše 30 znaků.",
    "Enter the postal code.": "Zadejte PSČ.",
    "“{value}” does not look like a postal code.": "„{value}“ nevypadá jako PSČ.",
    "“{value}” is not a postal code of {country} (e.g. {example}).": (
        "„{value}“ není PSČ země {country} (např. {example})."
    ),
}
