"""Reading a rendered form's fields, to post it back as a browser would."""

from bs4 import BeautifulSoup


def form_data(response, selector: str = "form#create_update_product_form") -> dict:
    form = BeautifulSoup(response.content.decode(), "html.parser").select_one(selector)
    assert form is not None, f"no {selector} on the page"
    data: dict = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name = field["name"]
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            chosen = field.select("option[selected]")
            values = [o.get("value", o.get_text()) for o in chosen]
            if field.has_attr("multiple"):
                data[name] = values
            else:
                data[name] = values[0] if values else ""
        elif field.get("type") in {"checkbox", "radio"}:
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.get("type") == "file" or field.get("type") == "submit":
            continue
        else:
            data[name] = field.get("value", "")
    return data
