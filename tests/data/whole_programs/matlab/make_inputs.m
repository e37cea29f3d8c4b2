% make_inputs.m -- writes the input files of the five whole-program stories.
% Deterministic: no random numbers, every value from closed formulas.
% Run: OMP_NUM_THREADS=1 octave-cli --norc --quiet make_inputs.m
% 1) frame.mat (-v7): a 24x20 detector frame, int16 counts, dark level, gain, tag
[cc, rr] = meshgrid(1:20, 1:24);
raw = int16(1200 + 300*sin(rr/3) .* cos(cc/4) + 40*mod(rr.*cc, 7));
raw(5, 7) = 9000; raw(18, 3) = 8700; raw(12, 15) = 8800; raw(20, 19) = 30000;
dark = 95.5;
gain = 3.2;
tag = 'CCD2 1998-03-14 run 17';
save('-v7', 'frame.mat', 'raw', 'dark', 'gain', 'tag');
% 2) station_log.txt: header lines, then comma-separated records
fid = fopen('station_log.txt', 'w');
fprintf(fid, '# Station log v2\n');
fprintf(fid, 'SITE:  Kiruna \n');
fprintf(fid, 'NREC= 36\n');
fprintf(fid, 'id,temp,pres,flag\n');
ids = {'ABK', 'KRN', 'ABK', 'PJL', 'KRN', 'ESR'};
for i = 1:36
  id = ids{mod(i*5, 6) + 1};
  temp = round(100*(8*sin(i/4) + 0.37*i - 3)) / 100;
  pres = round(10*(1013 + 9*cos(i/5) - 0.2*i)) / 10;
  flag = mod(i*i, 11) == 3;
  fprintf(fid, '%s,%.2f,%.1f,%d\n', id, temp, pres, flag);
end
fclose(fid);
% 3) calib.csv: a header row then x,y pairs (a cubic plus a deterministic ripple)
fid = fopen('calib.csv', 'w');
fprintf(fid, 'x,y\n');
for i = 0:30
  x = -1.5 + 0.1*i;
  y = 0.5*x^3 - 0.8*x^2 - 0.3*x + 0.2 + 0.01*sin(7*i);
  fprintf(fid, '%.2f,%.6f\n', x, y);
end
fclose(fid);
% 4) chain.mat (-v6): decay-chain rates and initial amounts
k1 = 0.7; k2 = 0.25; n0 = [1; 0; 0]; tend = 10;
save('-v6', 'chain.mat', 'k1', 'k2', 'n0', 'tend');
% 5) scan.mat (-v7): a 32x32 uint8 image with a bright spot
[xx, yy] = meshgrid(1:32, 1:32);
img = uint8(40 + 3*xx + 2*yy + 120*exp(-((xx-22).^2 + (yy-9).^2)/18));
save('-v7', 'scan.mat', 'img');
