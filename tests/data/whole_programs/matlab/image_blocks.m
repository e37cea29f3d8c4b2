% image_blocks.m -- block statistics of an 8-bit scan
S = load('scan.mat');
img = S.img;
bright = img + 60;                 % uint8 saturates at 255
nb = 4;
bs = size(img, 1) / nb;
means = zeros(nb);
for i = 1:nb
  for j = 1:nb
    rows = (i-1)*bs + 1 : i*bs;
    cols = (j-1)*bs + 1 : j*bs;
    blk = img(rows, cols);
    means(i, j) = mean(double(blk(:)));
  end
end
disp(means)
[mx, imx] = max(means(:));
[bi, bj] = ind2sub(size(means), imx);
fprintf('brightest block (%d,%d) mean %.2f\n', bi, bj, mx);
h = histc(double(img(:)), 0:32:256);
fprintf('%3d-%3d: %5d\n', [0:32:224; 31:32:255; h(1:8)']);
cs = cumsum(h);
med = find(cs >= numel(img) / 2, 1);
fprintf('median bin %d, saturated %d\n', med, sum(bright(:) == 255));
[vals, idx] = sort(means(:), 'descend');
disp(mat2str(idx(1:4)'));
u = unique(img(1:4, 1:4));
disp(num2str(u'));
half = img / 3;                    % uint8 division rounds
d = int16(img(1, 1:5)) - int16(bright(1, 1:5));
disp(d);
save('scan_out.mat', 'bright', 'half', 'means', '-v6');
dark = img - 200;                  % saturates at 0
fprintf('dark nonzero %d, row mean %s\n', nnz(dark), num2str(mean(img(1:3, :), 2)', '%8.2f'));
edge = conv2(double(img), [1 0 -1; 2 0 -2; 1 0 -1], 'valid');
fprintf('edge %dx%d, max |g| %d at linear index %d\n', size(edge, 1), size(edge, 2), ...
        max(abs(edge(:))), find(abs(edge(:)) == max(abs(edge(:))), 1));
fid = fopen('scan.raw', 'w');
cnt = fwrite(fid, img(1:8, 1:8), 'uint8');
fclose(fid);
fid = fopen('scan.raw', 'r');
back = fread(fid, [8 8], 'uint8=>uint8');
fclose(fid);
fprintf('wrote %d bytes, read back equal: %d, class %s\n', cnt, isequal(back, img(1:8, 1:8)), class(back));
disp(int2str(means(1, :) / 7));
