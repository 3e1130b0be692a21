from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .selectors import commune_province_code, province_name


def validate_province(code: int) -> None:
    if not province_name(code):
        raise ValidationError(_("There is no province with code %(code)s."), params={"code": code})


def check_commune_in_province(
    *, province_code: int | None, commune_code: int | None, commune_field: str
) -> None:
    """A commune must exist and lie in the chosen province."""
    if commune_code is None:
        return
    owner = commune_province_code(commune_code)
    if owner is None:
        raise ValidationError({commune_field: _("There is no commune with this code.")})
    if province_code is None:
        raise ValidationError({commune_field: _("Choose a province before choosing a commune.")})
    if owner != province_code:
        raise ValidationError(
            {
                commune_field: _("This commune is not in %(province)s.")
                % {"province": province_name(province_code)}
            }
        )
