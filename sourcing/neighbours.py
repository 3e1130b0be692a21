"""Which of the 34 provinces of the 2025 map share a land border.

Written from the provinces merged on 1 July 2025 (Resolution 202/2025/QH15): a merged province
borders every province that one of its former parts bordered, except the parts merged into it.
Each border is listed once; `neighbours()` reads it both ways.
"""

from functools import cache

HA_NOI, CAO_BANG, TUYEN_QUANG, DIEN_BIEN, LAI_CHAU, SON_LA, LAO_CAI = 1, 4, 8, 11, 12, 14, 15
THAI_NGUYEN, LANG_SON, QUANG_NINH, BAC_NINH, PHU_THO, HAI_PHONG = 19, 20, 22, 24, 25, 31
HUNG_YEN, NINH_BINH, THANH_HOA, NGHE_AN, HA_TINH, QUANG_TRI, HUE = 33, 37, 38, 40, 42, 44, 46
DA_NANG, QUANG_NGAI, GIA_LAI, KHANH_HOA, DAK_LAK, LAM_DONG = 48, 51, 52, 56, 66, 68
DONG_NAI, HO_CHI_MINH, TAY_NINH, DONG_THAP, VINH_LONG = 75, 79, 80, 82, 86
AN_GIANG, CAN_THO, CA_MAU = 91, 92, 96

BORDERS: tuple[tuple[int, int], ...] = (
    (LAI_CHAU, DIEN_BIEN),
    (LAI_CHAU, SON_LA),
    (LAI_CHAU, LAO_CAI),
    (DIEN_BIEN, SON_LA),
    (SON_LA, LAO_CAI),
    (SON_LA, PHU_THO),
    (SON_LA, THANH_HOA),
    (LAO_CAI, TUYEN_QUANG),
    (LAO_CAI, PHU_THO),
    (TUYEN_QUANG, CAO_BANG),
    (TUYEN_QUANG, THAI_NGUYEN),
    (TUYEN_QUANG, PHU_THO),
    (CAO_BANG, THAI_NGUYEN),
    (CAO_BANG, LANG_SON),
    (LANG_SON, THAI_NGUYEN),
    (LANG_SON, BAC_NINH),
    (LANG_SON, QUANG_NINH),
    (THAI_NGUYEN, PHU_THO),
    (THAI_NGUYEN, HA_NOI),
    (THAI_NGUYEN, BAC_NINH),
    (PHU_THO, HA_NOI),
    (PHU_THO, NINH_BINH),
    (PHU_THO, THANH_HOA),
    (HA_NOI, BAC_NINH),
    (HA_NOI, HUNG_YEN),
    (HA_NOI, NINH_BINH),
    (BAC_NINH, QUANG_NINH),
    (BAC_NINH, HAI_PHONG),
    (BAC_NINH, HUNG_YEN),
    (QUANG_NINH, HAI_PHONG),
    (HAI_PHONG, HUNG_YEN),
    (HUNG_YEN, NINH_BINH),
    (NINH_BINH, THANH_HOA),
    (THANH_HOA, NGHE_AN),
    (NGHE_AN, HA_TINH),
    (HA_TINH, QUANG_TRI),
    (QUANG_TRI, HUE),
    (HUE, DA_NANG),
    (DA_NANG, QUANG_NGAI),
    (QUANG_NGAI, GIA_LAI),
    (GIA_LAI, DAK_LAK),
    (DAK_LAK, KHANH_HOA),
    (DAK_LAK, LAM_DONG),
    (KHANH_HOA, LAM_DONG),
    (LAM_DONG, DONG_NAI),
    (LAM_DONG, HO_CHI_MINH),
    (DONG_NAI, HO_CHI_MINH),
    (DONG_NAI, TAY_NINH),
    (HO_CHI_MINH, TAY_NINH),
    (HO_CHI_MINH, DONG_THAP),
    (TAY_NINH, DONG_THAP),
    (DONG_THAP, AN_GIANG),
    (DONG_THAP, CAN_THO),
    (DONG_THAP, VINH_LONG),
    (VINH_LONG, CAN_THO),
    (CAN_THO, AN_GIANG),
    (CAN_THO, CA_MAU),
    (AN_GIANG, CA_MAU),
)


@cache
def _adjacency() -> dict[int, frozenset[int]]:
    found: dict[int, set[int]] = {}
    for a, b in BORDERS:
        found.setdefault(a, set()).add(b)
        found.setdefault(b, set()).add(a)
    return {code: frozenset(others) for code, others in found.items()}


def neighbours(province: int) -> frozenset[int]:
    """The provinces that share a land border with this one."""
    return _adjacency().get(province, frozenset())


def province_and_neighbours(province: int) -> list[int]:
    return sorted({province, *neighbours(province)})
