"""Write sd.hdf, the HDF4 file the suite idl/hdf4 reads (run: python make_data.py).

Written with pyhdf (the HDF4 library's SD interface) in the file's C order: an IDL
program sees every dimension list reversed. Values are small integers or binary
fractions, so every type holds them exactly.
"""

import numpy as np
from pyhdf.SD import SD, SDC

f = SD("sd.hdf", SDC.WRITE | SDC.CREATE | SDC.TRUNC)
f.title = "hello"
att = f.attr("n")
att.set(SDC.INT32, 7)
att = f.attr("d")
att.set(SDC.FLOAT64, [1.0, 2.5])

temp = f.create("temp", SDC.FLOAT32, (3, 4))
temp[:] = (np.arange(12, dtype=np.float32) / 4).reshape(3, 4)
temp.setdatastrs("Temperature", "K", "F6.2", "xy")
temp.setfillvalue(-999.0)
temp.setrange(0.0, 2.75)
temp.setcal(2.0, 0.5, 1.5, 0.25, SDC.INT16)
a = temp.attr("scale")
a.set(SDC.FLOAT32, [1.5, 2.5])
a = temp.attr("valid")
a.set(SDC.INT16, [-3, 300])
y = temp.dim(0)
y.setname("y")
x = temp.dim(1)
x.setname("x")
x.setscale(SDC.FLOAT32, [10.0, 20.0, 30.0, 40.0])
x.setstrs("X axis", "m", "F5.1")
temp.endaccess()

specs = [("b8", SDC.UINT8, (2, 3), np.uint8([[0, 1, 200], [3, 255, 5]])),
         ("i8", SDC.INT8, (4,), np.int8([-128, -1, 0, 127])),
         ("i16", SDC.INT16, (2, 2), np.int16([[-32768, -2], [3, 32767]])),
         ("u16", SDC.UINT16, (3,), np.uint16([0, 40000, 65535])),
         ("i32", SDC.INT32, (2, 3), np.int32([[-2147483647, 0, 5], [6, 7, 2147483647]])),
         ("u32", SDC.UINT32, (2,), np.uint32([0, 4000000000])),
         ("f64", SDC.FLOAT64, (2, 3, 4), np.arange(24, dtype=np.float64).reshape(2, 3, 4) / 8),
         ("c8", SDC.CHAR8, (5,), np.frombuffer(b"abcde", np.uint8))]
for name, kind, shape, data in specs:
    sds = f.create(name, kind, shape)
    if kind == SDC.CHAR8:
        sds[:] = "abcde"
    else:
        sds[:] = data
    sds.endaccess()
f.end()
