"""Write the input files of the legacy IDL programs in this folder (run from here).

No random numbers: every value is a closed formula, so the files come back byte for byte.
slit.fits and field.fits are big-endian FITS written by astropy (as any FITS file);
spectrum.txt and weather.log are text tables; station.sav is written by GDL's SAVE from
make_station.pro (run ``gdl -quiet make_station.pro`` here).
"""

import numpy as np
from astropy.io import fits


def slit():
    # 40 columns x 24 rows of INT counts: a sky level, two sources, a ripple
    y, x = np.mgrid[0:24, 0:40]
    img = (200 + 15 * np.sin(x / 3.0) + 900 * np.exp(-((x - 12) ** 2) / 4.5)
           + 350 * np.exp(-((x - 29) ** 2) / 8.0) + 3 * (y % 5))
    hdu = fits.PrimaryHDU(np.round(img).astype(">i2"))
    hdu.header["OBJECT"] = ("NGC 7027  ", "target")
    hdu.header["EXPTIME"] = (300.0, "seconds")
    hdu.header["GAIN"] = (2.5, "e-/ADU")
    hdu.header["AIRMASS"] = 1.234
    hdu.writeto("slit.fits", overwrite=True)


def field():
    # 32 x 24 INT image with BSCALE/BZERO: READFITS returns FLOAT physical values
    y, x = np.mgrid[0:24, 0:32]
    img = (40 + 5 * np.cos(0.7 * x + 0.3 * y) + 300 * np.exp(-((x - 8) ** 2 + (y - 6) ** 2) / 3.0)
           + 180 * np.exp(-((x - 23) ** 2 + (y - 17) ** 2) / 5.0))
    raw = np.round((img - 100.0) / 0.5).astype(">i2")
    hdu = fits.PrimaryHDU(raw)
    hdu.header["BSCALE"] = 0.5
    hdu.header["BZERO"] = 100.0
    hdu.header["OBSERVER"] = "J. Smith"
    hdu.header["DATE-OBS"] = "2003-07-14"
    hdu.writeto("field.fits", overwrite=True)


def spectrum():
    w = 6500.0 + 2.0 * np.arange(60)
    cont = 100.0 + 0.05 * (w - 6560.0) - 2e-4 * (w - 6560.0) ** 2
    line = 40.0 * np.exp(-0.5 * ((w - 6563.0) / 4.0) ** 2)
    ripple = 0.8 * np.sin(1.3 * np.arange(60))
    flux = cont + line + ripple
    err = 1.0 + 0.01 * np.arange(60)
    flag = np.where(np.abs(w - 6563.0) < 20, "l", "c")
    with open("spectrum.txt", "w") as f:
        f.write("# H-alpha region, reduced 2001-03-02\n# wave flux err flag\n")
        for i in range(60):
            f.write(f"{w[i]:8.2f} {flux[i]:9.4f} {err[i]:6.3f} {flag[i]}\n")


def weather():
    with open("weather.log", "w") as f:
        f.write("WEATHER LOG v2\n")
        f.write("STATION: Mauna Kea 2\n")
        f.write("36\n")
        for i in range(36):
            day = 1 + i // 4
            temp = 2.0 + 4.5 * np.sin(i / 3.0) - 0.05 * i
            wind = abs(6.0 * np.cos(i / 5.0) + 1.5 * np.sin(i))
            code = (i * 7) % 4
            f.write(f"1997-03-{day:02d} {temp:6.1f}{wind:6.1f}{code:3d}\n")


if __name__ == "__main__":
    slit()
    field()
    spectrum()
    weather()
