function n = mtypes_nargs(varargin)
%MTYPES_NARGS The number of inputs, after narginchk(1, 2) accepted it.
narginchk(1, 2);
n = nargin;
end
